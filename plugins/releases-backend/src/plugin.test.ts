import { mockCredentials } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import request from 'supertest';
import { testCatalog } from './__testUtils__/catalogFixtures';
import {
  type ReleasesTestBackend,
  startReleasesBackend,
} from './__testUtils__/startReleasesBackend';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const validBody = {
  title: 'Checkout',
  version: '2.4.0',
  windowStart: '2026-12-01T09:00:00Z',
  windowEnd: '2026-12-01T13:00:00+00:00',
  owner: 'group:default/checkout-team',
  components: [
    'component:default/checkout-service',
    'component:default/cart-service',
  ],
  stakeholders: ['user:default/alice'],
  description: '## Goals',
};

/** Everything the plugin stores, to show that a refused write changed nothing. */
async function snapshot(knex: Knex) {
  const [releases, components, items, activity] = await Promise.all(
    [
      'releases',
      'release_components',
      'checklist_items',
      'release_activity',
    ].map(t =>
      knex(t)
        .select()
        .orderBy(t === 'release_components' ? 'entity_ref' : 'id'),
    ),
  );
  return { releases, components, items, activity };
}

describe.each(databases.eachSupportedId())(
  'releases plugin on %s',
  databaseId => {
    let knex: Knex;
    let ctx: ReleasesTestBackend;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      ctx = await startReleasesBackend({ knex, entities: testCatalog() });
    });

    afterAll(async () => {
      await ctx.backend.stop();
      await knex.destroy();
    });

    const api = () => request(ctx.server);

    async function createRelease(body: object = validBody) {
      const res = await api().post('/api/releases/releases').send(body);
      expect(res.status).toBe(201);
      return res.body;
    }

    it('refuses requests without a Backstage token', async () => {
      const res = await api()
        .get('/api/releases/releases')
        .set('Authorization', mockCredentials.user.invalidHeader());
      expect(res.status).toBe(401);
    });

    it('creates a release with template items assigned to each component owner, in one catalog request', async () => {
      const before = ctx.catalog.requests();
      const release = await createRelease();
      expect(ctx.catalog.requests() - before).toBe(1);
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

    it('ticks items, rolls readiness up and records who did it', async () => {
      const release = await createRelease();
      const required = release.checklist.filter((i: any) => i.required);
      for (const item of required) {
        const res = await api()
          .patch(`/api/releases/releases/${release.id}/checklist/${item.id}`)
          .send({ state: 'done', evidenceUrl: 'https://ci.example.com/run/1' });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          state: 'done',
          doneBy: 'user:default/mock',
        });
      }
      const optional = release.checklist.find((i: any) => !i.required);
      const na = await api()
        .patch(`/api/releases/releases/${release.id}/checklist/${optional.id}`)
        .send({ state: 'not_applicable' });
      expect(na.status).toBe(400);
      expect(na.body.error.message).toMatch(/^note:/);

      const fetched = await api().get(`/api/releases/releases/${release.id}`);
      expect(fetched.body.readiness.ready).toBe(true);
      expect(fetched.body.readiness.requiredOpen).toBe(0);
      expect(fetched.body.revision).toBe(1 + required.length);

      const list = await api()
        .get('/api/releases/releases')
        .query({ entityRef: 'system:default/checkout' });
      const summary = list.body.items.find((r: any) => r.id === release.id);
      expect(summary.readiness).toMatchObject({ ready: true, requiredOpen: 0 });
      expect(summary.readiness.percent).toBe(
        Math.floor((required.length * 100) / release.checklist.length),
      );
    });

    it('moves through the lifecycle and answers illegal transitions with the allowed ones', async () => {
      const release = await createRelease();
      const illegal = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'released' });
      expect(illegal.status).toBe(409);
      expect(illegal.body.error.message).toContain(
        'allowed: planned, cancelled',
      );

      const planned = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'planned' });
      expect(planned.status).toBe(200);
      expect(planned.body.status).toBe('planned');

      const notReady = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'in_progress' });
      expect(notReady.status).toBe(409);
      expect(notReady.body.error.message).toMatch(/required item/);

      const noReason = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'in_progress', override: true });
      expect(noReason.status).toBe(400);

      const started = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({
          to: 'in_progress',
          override: true,
          reason: 'Hotfix for a live incident',
        });
      expect(started.status).toBe(200);
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      expect(activity.body.items.map((a: any) => a.action).slice(0, 2)).toEqual(
        ['release.status_changed', 'release.override'],
      );
      expect(activity.body.items[1].summary).toContain(
        'Hotfix for a live incident',
      );

      const deleted = await api().delete(
        `/api/releases/releases/${release.id}`,
      );
      expect(deleted.status).toBe(409);
    });

    it('changes scope: adds instantiate items, removal drops open items and keeps settled ones', async () => {
      const release = await createRelease();
      const added = await api()
        .post(`/api/releases/releases/${release.id}/components`)
        .send({ components: ['component:default/payment-gateway'] });
      expect(added.status).toBe(200);
      const gatewayItems = added.body.checklist.filter(
        (i: any) => i.componentRef === 'component:default/payment-gateway',
      );
      expect(
        gatewayItems.every(
          (i: any) => i.assignee === 'group:default/payments-team',
        ),
      ).toBe(true);

      await api()
        .patch(
          `/api/releases/releases/${release.id}/checklist/${gatewayItems[0].id}`,
        )
        .send({ state: 'done' });
      const removed = await api().delete(
        `/api/releases/releases/${release.id}/components/${encodeURIComponent(
          'component:default/payment-gateway',
        )}`,
      );
      expect(removed.status).toBe(200);
      expect(removed.body.components).not.toContain(
        'component:default/payment-gateway',
      );
      expect(
        removed.body.checklist
          .filter(
            (i: any) => i.componentRef === 'component:default/payment-gateway',
          )
          .map((i: any) => i.id),
      ).toEqual([gatewayItems[0].id]);
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      expect(activity.body.items[0]).toMatchObject({
        action: 'release.component_removed',
        before: { component: 'component:default/payment-gateway' },
      });
      expect(activity.body.items[0].before.removedItems).toHaveLength(
        gatewayItems.length - 1,
      );
    });

    it('of two concurrent edits with the same revision, exactly one wins and the other is 409', async () => {
      const release = await createRelease();
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
      const release = await createRelease();
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

    it('lists with filters and a cursor', async () => {
      const owner = 'group:default/payments-team';
      for (let i = 0; i < 5; i++) {
        await createRelease({
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

    it('serves a release of 50 components in as many SQL queries as a release of 1', async () => {
      const one = await createRelease({
        ...validBody,
        components: ['component:default/svc-0'],
      });
      const fifty = await createRelease({
        ...validBody,
        components: Array.from(
          { length: 50 },
          (_, i) => `component:default/svc-${i}`,
        ),
      });
      expect(fifty.checklist.length).toBeGreaterThan(400);

      const countQueries = async (id: string) => {
        let queries = 0;
        const onQuery = () => {
          queries += 1;
        };
        knex.on('query', onQuery);
        try {
          const res = await api().get(`/api/releases/releases/${id}`);
          expect(res.status).toBe(200);
        } finally {
          knex.removeListener('query', onQuery);
        }
        return queries;
      };
      const forOne = await countQueries(one.id);
      const forFifty = await countQueries(fifty.id);
      expect(forOne).toBe(6);
      expect(forFifty).toBe(forOne);
    });

    it('answers every malformed write with a 4xx naming the field, and writes nothing', async () => {
      const release = await createRelease();
      const itemId = release.checklist[0].id;
      const base = `/api/releases/releases/${release.id}`;
      const long = 'x'.repeat(201);
      const cases: Array<[string, string, unknown, RegExp]> = [
        ['post', '/api/releases/releases', {}, /title|required/],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, title: 42 },
          /title/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, title: long },
          /title/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, unknownField: 1 },
          /unknownField|additional/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, owner: 'not a ref' },
          /owner/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, owner: 'component:default/checkout-service' },
          /owner/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, components: ['nope'] },
          /components/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, components: 'component:default/x' },
          /components/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, windowStart: 'tomorrow' },
          /windowStart/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, windowEnd: '2026-11-30T09:00:00Z' },
          /windowEnd/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, windowEnd: '2027-06-01T13:00:00Z' },
          /windowEnd: a release window can last at most 90 days/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, templateId: 'unknown' },
          /templateId/,
        ],
        [
          'post',
          '/api/releases/releases',
          {
            ...validBody,
            risks: [{ title: 'r', likelihood: 'huge', impact: 'low' }],
          },
          /likelihood/,
        ],
        [
          'post',
          '/api/releases/releases',
          { ...validBody, stakeholders: ['user:default/nobody'] },
          /nobody/,
        ],
        [
          'post',
          '/api/releases/releases',
          {
            ...validBody,
            components: [validBody.components[0], validBody.components[0]],
          },
          /more than once/,
        ],
        ['patch', base, { title: 'No revision' }, /revision/],
        ['patch', base, { revision: '1', title: 'x' }, /revision/],
        [
          'patch',
          base,
          { revision: 1, windowEnd: '2020-01-01T00:00:00Z' },
          /windowEnd/,
        ],
        [
          'patch',
          base,
          { revision: 1, windowEnd: '2027-12-01T00:00:00Z' },
          /at most 90 days/,
        ],
        ['patch', base, { revision: 1, version: '' }, /version/],
        [
          'patch',
          '/api/releases/releases/unknown-id',
          { revision: 1, title: 'x' },
          /unknown-id/,
        ],
        [
          'delete',
          '/api/releases/releases/unknown-id',
          undefined,
          /unknown-id/,
        ],
        ['post', `${base}/transitions`, { to: 'shipped' }, /to/],
        ['post', `${base}/transitions`, {}, /to/],
        [
          'post',
          `${base}/transitions`,
          { to: 'planned', reason: '' },
          /reason/,
        ],
        ['post', `${base}/components`, { components: [] }, /components/],
        [
          'post',
          `${base}/components`,
          { components: ['component:default/ghost'] },
          /ghost/,
        ],
        [
          'post',
          `${base}/components`,
          { components: ['component:default/checkout-service'] },
          /Already/,
        ],
        [
          'delete',
          `${base}/components/${encodeURIComponent(
            'component:default/payment-gateway',
          )}`,
          undefined,
          /not part/,
        ],
        ['post', `${base}/checklist`, { title: 'x' }, /category/],
        [
          'post',
          `${base}/checklist`,
          { title: 'x', category: 'chores' },
          /category/,
        ],
        [
          'post',
          `${base}/checklist`,
          {
            title: 'x',
            category: 'planning',
            componentRef: 'component:default/payment-gateway',
          },
          /componentRef/,
        ],
        ['patch', `${base}/checklist/${itemId}`, {}, /^state:/],
        [
          'patch',
          `${base}/checklist/${itemId}`,
          { state: 'finished' },
          /state/,
        ],
        [
          'patch',
          `${base}/checklist/${itemId}`,
          { evidenceUrl: 'ftp://example.com/evidence' },
          /evidenceUrl/,
        ],
        [
          'patch',
          `${base}/checklist/${itemId}`,
          { note: 'x'.repeat(4001) },
          /note/,
        ],
        [
          'patch',
          `${base}/checklist/unknown-item`,
          { state: 'done' },
          /unknown-item/,
        ],
        [
          'patch',
          `${base}/checklist/${itemId}`,
          { state: 'done', revision: 99 },
          /revision 99/,
        ],
      ];
      const before = await snapshot(knex);
      for (const [method, path, body, message] of cases) {
        const req = (api() as any)[method](path);
        const res = body === undefined ? await req : await req.send(body);
        const label = `${method.toUpperCase()} ${path} ${JSON.stringify(body)}`;
        expect({
          label,
          status: res.status >= 400 && res.status < 500,
        }).toEqual({ label, status: true });
        expect({ label, message: res.body.error?.message }).toEqual({
          label,
          message: expect.stringMatching(message),
        });
      }
      expect(await snapshot(knex)).toEqual(before);
    });

    it('lists the templates, the built-in default first', async () => {
      const res = await api().get('/api/releases/templates');
      expect(res.status).toBe(200);
      expect(res.body.items[0]).toMatchObject({
        id: 'default',
        title: 'Standard release',
      });
    });
  },
);
