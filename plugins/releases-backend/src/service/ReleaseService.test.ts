import { testCatalog } from '../__testUtils__/catalogFixtures';
import { createRelease, validBody } from '../__testUtils__/releaseRequests';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';

describeOnEachDatabase(
  'planning and editing releases',
  {
    entities: testCatalog(),
  },
  backend => {
    const api = backend.api;

    it('creates a release with template items assigned to each component owner, in one catalog request', async () => {
      // The risk refresh that follows reads the catalog too, in the background: not counted here.
      const resume = await backend.ctx().risk.pause();
      const before = backend.ctx().catalog.requests();
      const release = await createRelease(api);
      expect(backend.ctx().catalog.requests() - before).toBe(1);
      resume();
      expect(release).toMatchObject({
        title: 'Checkout',
        version: '2.4.0',
        status: 'draft',
        revision: 1,
        owner: 'group:default/checkout-team',
        windowStart: '2026-12-01T09:00:00.000Z',
        windowEnd: '2026-12-01T13:00:00.000Z',
        components: [
          'component:default/checkout-service',
          'component:default/cart-service',
        ],
        createdBy: 'user:default/mock',
      });
      const componentItems = release.checklist.filter(
        (i: any) => i.componentRef === 'component:default/cart-service',
      );
      expect(componentItems.length).toBeGreaterThan(3);
      expect(new Set(componentItems.map((i: any) => i.assignee))).toEqual(
        new Set(['group:default/checkout-team']),
      );
      const categories = new Set(release.checklist.map((i: any) => i.category));
      expect(categories).toEqual(
        new Set([
          'planning',
          'coordination',
          'communication',
          'validation',
          'execution',
          'follow_up',
        ]),
      );
      expect(release.readiness).toMatchObject({ ready: false, percent: 0 });
      expect(
        release.readiness.components.map((c: any) => c.componentRef),
      ).toEqual(release.components);

      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      expect(activity.body.items.map((a: any) => a.action)).toEqual([
        'release.created',
      ]);
    });

    it('rejects components the catalog does not know, naming them', async () => {
      const res = await api()
        .post('/api/releases/releases')
        .send({
          ...validBody,
          components: [
            'component:default/checkout-service',
            'component:default/ghost',
          ],
        });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('component:default/ghost');
      expect(res.body.error.message).not.toContain('checkout-service');
    });

    it('of two concurrent edits with the same revision, exactly one wins and the other is 409', async () => {
      const release = await createRelease(api);
      const [a, b] = await Promise.all([
        api()
          .patch(`/api/releases/releases/${release.id}`)
          .send({ revision: 1, title: 'Edit A' }),
        api()
          .patch(`/api/releases/releases/${release.id}`)
          .send({ revision: 1, title: 'Edit B' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = a.status === 200 ? 'Edit A' : 'Edit B';
      const loser = a.status === 200 ? b : a;
      expect(loser.body.error.message).toMatch(/changed by someone else/);
      const fetched = await api().get(`/api/releases/releases/${release.id}`);
      expect(fetched.body).toMatchObject({ title: winner, revision: 2 });
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      expect(
        activity.body.items.filter((x: any) => x.action === 'release.updated'),
      ).toHaveLength(1);
    });

    it('moves the window and says by how much', async () => {
      const release = await createRelease(api);
      const res = await api()
        .patch(`/api/releases/releases/${release.id}`)
        .send({
          revision: 1,
          windowStart: '2026-12-03T09:00:00Z',
          windowEnd: '2026-12-03T15:00:00Z',
        });
      expect(res.status).toBe(200);
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      expect(activity.body.items[0].summary).toBe(
        'Moved the window: start 2 days later, end 2 days 2 hours later',
      );
    });
  },
);

describeOnEachDatabase(
  'listing releases',
  {
    entities: testCatalog(),
  },
  backend => {
    const api = backend.api;

    it('lists with filters and a cursor', async () => {
      const owner = 'group:default/payments-team';
      for (let i = 0; i < 5; i++) {
        await createRelease(api, {
          ...validBody,
          owner,
          title: `Paged ${i}`,
          windowStart: `2027-01-0${i + 1}T09:00:00Z`,
          windowEnd: `2027-01-0${i + 1}T10:00:00Z`,
        });
      }
      const first = await api()
        .get('/api/releases/releases')
        .query({ owner, limit: 2 });
      expect(first.status).toBe(200);
      expect(first.body.items.map((r: any) => r.title)).toEqual([
        'Paged 4',
        'Paged 3',
      ]);
      const second = await api()
        .get('/api/releases/releases')
        .query({ owner, limit: 2, cursor: first.body.nextCursor });
      expect(second.body.items.map((r: any) => r.title)).toEqual([
        'Paged 2',
        'Paged 1',
      ]);
      const ranged = await api().get('/api/releases/releases').query({
        owner,
        from: '2027-01-02T09:30:00Z',
        to: '2027-01-04T09:00:00Z',
      });
      expect(ranged.body.items.map((r: any) => r.title)).toEqual([
        'Paged 2',
        'Paged 1',
      ]);
      const badStatus = await api()
        .get('/api/releases/releases')
        .query({ status: 'shipped' });
      expect(badStatus.status).toBe(400);
    });
  },
);
