import { graphCatalog } from '../__testUtils__/graphCatalog';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';

const entities = graphCatalog({
  cart: { owner: 'checkout-team', system: 'shop' },
  ledger: { owner: 'payments-team', system: 'money' },
});

/** A year-end freeze of the money system, declared in app-config. */
const config = {
  releases: {
    freezes: [
      {
        id: 'year-end',
        title: 'Year-end close',
        reason: 'Finance closes the books',
        start: '2027-12-28T00:00:00Z',
        end: '2028-01-03T00:00:00Z',
        entityRefs: ['system:default/money'],
      },
    ],
  },
};

/** The helpers of these tests, on the backend of the describe that calls it. */
function helpers(backend: UsedBackend) {
  const api = backend.api;
  async function plan(
    component: string,
    windowStart: string,
    windowEnd: string,
  ) {
    const created = await api()
      .post('/api/releases/releases')
      .send({
        title: 'R',
        version: '1',
        windowStart,
        windowEnd,
        owner: 'group:default/checkout-team',
        components: [`component:default/${component}`],
      });
    expect(created.status).toBe(201);
    return created.body;
  }

  return { plan };
}

describeOnEachDatabase(
  'freeze windows',
  {
    entities,
    config,
    per: 'test',
  },
  backend => {
    const api = backend.api;

    it('creates, lists by range, updates with a revision and deletes freezes; config ones are read-only', async () => {
      const created = await api()
        .post('/api/releases/freezes')
        .send({
          title: 'Black Friday',
          reason: 'Peak trading',
          start: '2027-11-26T00:00:00Z',
          end: '2027-11-30T00:00:00Z',
          entityRefs: ['system:default/shop'],
        });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        source: 'api',
        revision: 1,
        entityRefs: ['system:default/shop'],
      });

      const weekly = await api().post('/api/releases/freezes').send({
        title: 'Fridays',
        reason: 'Weekend cover is thin',
        start: '2027-01-01T12:00:00Z',
        end: '2027-01-04T06:00:00Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=FR',
      });
      expect(weekly.status).toBe(201);

      const november = await api()
        .get('/api/releases/freezes')
        .query({ from: '2027-11-01T00:00:00Z', to: '2027-12-01T00:00:00Z' });
      expect(november.body.items.map((f: any) => f.title).sort()).toEqual([
        'Black Friday',
        'Fridays',
      ]);
      const all = await api().get('/api/releases/freezes');
      expect(all.body.items.map((f: any) => f.id)).toContain('config:year-end');

      const stale = await api()
        .patch(`/api/releases/freezes/${created.body.id}`)
        .send({ revision: 2, title: 'x' });
      expect(stale.status).toBe(409);
      const updated = await api()
        .patch(`/api/releases/freezes/${created.body.id}`)
        .send({ revision: 1, title: 'Cyber week' });
      expect(updated.body).toMatchObject({ title: 'Cyber week', revision: 2 });

      const badRule = await api().post('/api/releases/freezes').send({
        title: 'x',
        reason: 'y',
        start: '2027-01-01T00:00:00Z',
        end: '2027-01-02T00:00:00Z',
        recurrence: 'EVERY FULL MOON',
      });
      expect(badRule.status).toBe(400);
      expect(badRule.body.error.message).toMatch(/^recurrence:/);
      const badScope = await api()
        .post('/api/releases/freezes')
        .send({
          title: 'x',
          reason: 'y',
          start: '2027-01-01T00:00:00Z',
          end: '2027-01-02T00:00:00Z',
          entityRefs: ['user:default/bob'],
        });
      expect(badScope.status).toBe(400);

      expect(
        (await api().delete('/api/releases/freezes/config:year-end')).status,
      ).toBe(403);
      expect(
        (await api().delete(`/api/releases/freezes/${created.body.id}`)).status,
      ).toBe(204);
      expect(
        (await api().delete(`/api/releases/freezes/${created.body.id}`)).status,
      ).toBe(404);
    });

    it('takes from and to together: one alone is refused, naming the other', async () => {
      const answers = [];
      for (const query of [
        { from: '2027-01-01T00:00:00Z' },
        { to: '2027-02-01T00:00:00Z' },
      ]) {
        const res = await api().get('/api/releases/freezes').query(query);
        answers.push([res.status, res.body.error?.message]);
      }
      expect(answers).toEqual([
        [400, 'to: required with from (a range needs both ends)'],
        [400, 'from: required with to (a range needs both ends)'],
      ]);
    });
  },
);

describeOnEachDatabase(
  'releases in freeze windows',
  {
    entities,
    config,
    per: 'test',
  },
  backend => {
    const api = backend.api;
    const { plan } = helpers(backend);

    it('refuses to schedule or start a release in a recurring freeze without an override and a reason', async () => {
      await api()
        .post('/api/releases/freezes')
        .send({
          title: 'Fridays',
          reason: 'Weekend cover is thin',
          start: '2027-01-01T12:00:00Z',
          end: '2027-01-04T06:00:00Z',
          recurrence: 'FREQ=WEEKLY;BYDAY=FR',
          entityRefs: ['group:default/checkout-team'],
        });
      // Friday 2027-03-12 14:00: inside the third-month occurrence, far from the first one.
      const release = await plan(
        'cart',
        '2027-03-12T14:00:00Z',
        '2027-03-12T16:00:00Z',
      );
      const refused = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'planned' });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toContain('Fridays');

      const overridden = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({
          to: 'planned',
          override: true,
          reason: 'Security fix cannot wait',
        });
      expect(overridden.status).toBe(200);
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      expect(activity.body.items.map((a: any) => a.action).slice(0, 2)).toEqual(
        ['release.status_changed', 'release.freeze_override'],
      );
      expect(activity.body.items[1].summary).toContain(
        'Security fix cannot wait',
      );

      // The freeze covers the checkout team's components, not the payments team's.
      const other = await plan(
        'ledger',
        '2027-03-12T14:00:00Z',
        '2027-03-12T16:00:00Z',
      );
      const allowed = await api()
        .post(`/api/releases/releases/${other.id}/transitions`)
        .send({ to: 'planned' });
      expect(allowed.status).toBe(200);
    });

    it('shows freeze and same-component conflicts in the insights', async () => {
      const a = await plan(
        'ledger',
        '2027-12-29T09:00:00Z',
        '2027-12-29T12:00:00Z',
      );
      const b = await plan(
        'ledger',
        '2027-12-29T11:00:00Z',
        '2027-12-29T13:00:00Z',
      );
      for (const r of [a, b]) {
        const res = await api()
          .post(`/api/releases/releases/${r.id}/transitions`)
          .send({ to: 'planned', override: true, reason: 'Closing-day fix' });
        expect(res.status).toBe(200);
      }
      const insights = await api().get(
        `/api/releases/releases/${a.id}/insights`,
      );
      const kinds = insights.body.conflicts.map((c: any) => c.kind).sort();
      expect(kinds).toEqual(['freeze', 'owner_overlap', 'same_component']);
      const same = insights.body.conflicts.find(
        (c: any) => c.kind === 'same_component',
      );
      expect(same).toMatchObject({
        releaseIds: [a.id, b.id],
        overlap: {
          start: '2027-12-29T11:00:00.000Z',
          end: '2027-12-29T12:00:00.000Z',
        },
      });
      expect(
        insights.body.conflicts.find((c: any) => c.kind === 'freeze').freezeId,
      ).toBe('config:year-end');
    });
  },
);

describeOnEachDatabase(
  'frozen now, for CI',
  {
    entities,
    config,
    per: 'test',
  },
  backend => {
    const api = backend.api;

    it('tells a CI pipeline whether an entity is frozen now, through its system or owner', async () => {
      const now = Date.now();
      await api()
        .post('/api/releases/freezes')
        .send({
          title: 'Incident freeze',
          reason: 'Payments incident in progress',
          start: new Date(now - 3_600_000).toISOString(),
          end: new Date(now + 3_600_000).toISOString(),
          entityRefs: ['system:default/money'],
        });
      const frozen = await api()
        .get('/api/releases/freezes/active')
        .query({ entityRef: 'component:default/ledger' });
      expect(frozen.status).toBe(200);
      expect(frozen.body).toMatchObject({
        frozen: true,
        windows: [expect.objectContaining({ title: 'Incident freeze' })],
      });
      const free = await api().get(
        '/api/releases/freezes/active?entityRef=component:default/cart',
      );
      expect(free.body).toEqual({
        entityRef: 'component:default/cart',
        frozen: false,
        windows: [],
      });
      const system = await api()
        .get('/api/releases/freezes/active')
        .query({ entityRef: 'system:default/money' });
      expect(system.body.frozen).toBe(true);
    });
  },
);
