import { graphCatalog } from '../__testUtils__/graphCatalog';
import { plannedOn } from '../__testUtils__/releaseRequests';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';

const entities = [
  ...graphCatalog({
    cart: { owner: 'checkout-team' },
    ledger: { owner: 'payments-team' },
  }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'alice', namespace: 'default' },
    spec: {},
  },
];

/** The helpers of these tests, on the backend of the describe that calls it. */
function helpers(backend: UsedBackend) {
  const api = backend.api;
  async function planned(components = ['component:default/cart']) {
    const created = await api().post('/api/releases/releases').send({
      title: 'Cart',
      version: '1.0.0',
      windowStart: '2026-11-20T09:00:00Z',
      windowEnd: '2026-11-20T12:00:00Z',
      owner: 'group:default/checkout-team',
      components,
    });
    expect(created.status).toBe(201);
    const res = await api()
      .post(`/api/releases/releases/${created.body.id}/transitions`)
      .send({ to: 'planned' });
    expect(res.status).toBe(200);
    // Planned ten days before its window, so that the outcomes of 2026-11-20 come after it.
    await plannedOn(backend.knex(), created.body.id, '2026-11-10T00:00:00Z');
    return res.body;
  }

  const start = (id: string) =>
    api()
      .post(`/api/releases/releases/${id}/transitions`)
      .send({ to: 'in_progress' });

  return { planned, start };
}

describeOnEachDatabase(
  'decisions and outcomes',
  {
    entities,
    per: 'test',
  },
  backend => {
    const api = backend.api;
    const { planned, start } = helpers(backend);

    it('records go/no-go with a readiness snapshot; a go lets an unready release start, a no-go stops it', async () => {
      const release = await planned();
      const noGo = await api()
        .post(`/api/releases/releases/${release.id}/decisions`)
        .send({
          decision: 'no_go',
          rationale: 'Staging is red',
          attendees: ['user:default/alice'],
        });
      expect(noGo.status).toBe(201);
      expect(noGo.body).toMatchObject({
        decision: 'no_go',
        attendees: ['user:default/alice'],
        decidedBy: 'user:default/mock',
        readiness: { ready: false, percent: 0 },
      });
      const refused = await start(release.id);
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/no-go/);

      const go = await api()
        .post(`/api/releases/releases/${release.id}/decisions`)
        .send({ decision: 'go', rationale: 'Risk accepted by the owner' });
      expect(go.status).toBe(201);
      const started = await start(release.id);
      expect(started.status).toBe(200);
      expect(started.body.status).toBe('in_progress');
      expect(started.body.decisions.map((d: any) => d.decision)).toEqual([
        'no_go',
        'go',
      ]);

      const unknownAttendee = await api()
        .post(`/api/releases/releases/${release.id}/decisions`)
        .send({
          decision: 'go',
          rationale: 'x',
          attendees: ['user:default/nobody'],
        });
      expect(unknownAttendee.status).toBe(400);
    });

    it('records the outcome, which finishes the release: rolled back or released', async () => {
      const a = await planned();
      await api()
        .post(`/api/releases/releases/${a.id}/decisions`)
        .send({ decision: 'go', rationale: 'ok' });
      await start(a.id);
      const outcome = await api()
        .put(`/api/releases/releases/${a.id}/outcome`)
        .send({
          result: 'rolled_back',
          releasedAt: '2026-11-20T11:30:00Z',
          incidents: [
            { title: 'Checkout errors', url: 'https://status.example.com/1' },
          ],
          lessonsLearned: '## What happened',
          actionItems: [{ title: 'Load-test the cart', carryForward: true }],
        });
      expect(outcome.status).toBe(200);
      expect(outcome.body.status).toBe('rolled_back');
      expect(outcome.body.outcome).toMatchObject({
        result: 'rolled_back',
        releasedAt: '2026-11-20T11:30:00.000Z',
        incidents: [
          { title: 'Checkout errors', url: 'https://status.example.com/1' },
        ],
        actionItems: [{ title: 'Load-test the cart', carryForward: true }],
        recordedBy: 'user:default/mock',
      });

      const b = await planned(['component:default/ledger']);
      const early = await api()
        .put(`/api/releases/releases/${b.id}/outcome`)
        .send({ result: 'success', releasedAt: '2026-11-20T11:30:00Z' });
      expect(early.status).toBe(409);
      const future = await api()
        .put(`/api/releases/releases/${a.id}/outcome`)
        .send({ result: 'success', releasedAt: '2999-01-01T00:00:00Z' });
      expect(future.status).toBe(400);
      expect(future.body.error.message).toMatch(/^releasedAt:/);

      const activity = await api().get(
        `/api/releases/releases/${a.id}/activity`,
      );
      expect(activity.body.items[0]).toMatchObject({
        action: 'release.outcome_recorded',
      });
      expect(activity.body.items[0].summary).toContain(
        'In progress → Rolled back',
      );
    });
  },
);

describeOnEachDatabase(
  'action items carried forward',
  {
    entities,
    per: 'test',
  },
  backend => {
    const api = backend.api;
    const { planned, start } = helpers(backend);

    it('carries an action item into the next release of the same template and components, once', async () => {
      const first = await planned();
      await api()
        .post(`/api/releases/releases/${first.id}/decisions`)
        .send({ decision: 'go', rationale: 'ok' });
      await start(first.id);
      await api()
        .put(`/api/releases/releases/${first.id}/outcome`)
        .send({
          result: 'partial',
          releasedAt: '2026-11-20T11:30:00Z',
          actionItems: [
            { title: 'Add a canary stage', carryForward: true },
            { title: 'Write the post-mortem', carryForward: false },
          ],
        });

      const otherScope = await api()
        .post('/api/releases/releases')
        .send({
          title: 'Ledger',
          version: '2',
          windowStart: '2026-12-01T09:00:00Z',
          windowEnd: '2026-12-01T10:00:00Z',
          owner: 'group:default/payments-team',
          components: ['component:default/ledger'],
        });
      expect(
        otherScope.body.checklist.some((i: any) =>
          i.source.startsWith('carried:'),
        ),
      ).toBe(false);

      const next = await api()
        .post('/api/releases/releases')
        .send({
          title: 'Cart',
          version: '1.1.0',
          windowStart: '2026-12-01T09:00:00Z',
          windowEnd: '2026-12-01T10:00:00Z',
          owner: 'group:default/checkout-team',
          components: ['component:default/cart'],
        });
      const carried = next.body.checklist.filter(
        (i: any) => i.source === `carried:${first.id}`,
      );
      expect(carried).toEqual([
        expect.objectContaining({
          title: 'Add a canary stage (carried forward from Cart 1.0.0)',
          componentRef: null,
          category: 'follow_up',
          required: true,
          state: 'open',
        }),
      ]);

      const third = await api()
        .post('/api/releases/releases')
        .send({
          title: 'Cart',
          version: '1.2.0',
          windowStart: '2026-12-08T09:00:00Z',
          windowEnd: '2026-12-08T10:00:00Z',
          owner: 'group:default/checkout-team',
          components: ['component:default/cart'],
        });
      expect(
        third.body.checklist.some((i: any) => i.source.startsWith('carried:')),
      ).toBe(false);
    });
  },
);

describeOnEachDatabase(
  'metrics through the API',
  {
    entities,
    per: 'test',
  },
  backend => {
    const api = backend.api;
    const { planned, start } = helpers(backend);

    it('serves metrics through the API', async () => {
      const release = await planned();
      await api()
        .post(`/api/releases/releases/${release.id}/decisions`)
        .send({ decision: 'go', rationale: 'ok' });
      await start(release.id);
      await api()
        .put(`/api/releases/releases/${release.id}/outcome`)
        .send({ result: 'success', releasedAt: '2026-11-20T11:00:00Z' });
      const metrics = await api()
        .get('/api/releases/metrics')
        .query({ from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' });
      expect(metrics.status).toBe(200);
      expect(metrics.body.overall).toMatchObject({
        completed: 1,
        onTimeRate: 1,
        changeFailureRate: 0,
      });
      expect(metrics.body.byMonth.map((m: any) => m.month)).toEqual([
        '2026-11',
      ]);
      const bad = await api()
        .get('/api/releases/metrics')
        .query({ from: '2026-12-01T00:00:00Z', to: '2026-11-01T00:00:00Z' });
      expect(bad.status).toBe(400);
    });
  },
);
