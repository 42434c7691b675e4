import { graphCatalog } from '../__testUtils__/graphCatalog';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { overrideOfFailedChecks } from './decisionOverride';

const CART = 'component:default/cart';

describeOnEachDatabase(
  'a go decision with failed required checks',
  { entities: graphCatalog({ cart: { owner: 'checkout-team' } }), per: 'test' },
  backend => {
    const api = backend.api;

    async function plannedCart() {
      const created = await api()
        .post('/api/releases/releases')
        .send({
          title: 'Cart',
          version: '1.0.0',
          windowStart: '2030-11-20T09:00:00Z',
          windowEnd: '2030-11-20T12:00:00Z',
          owner: 'group:default/checkout-team',
          components: [CART],
        });
      expect(created.body.error?.message).toBeUndefined();
      const planned = await api()
        .post(`/api/releases/releases/${created.body.id}/transitions`)
        .send({ to: 'planned' });
      expect(planned.status).toBe(200);
      return planned.body;
    }

    const report = (status: string, summary?: string) =>
      api()
        .post('/api/releases/checks/results')
        .send({ entityRef: CART, check: 'ci.tests', status, summary });

    let release: any;

    const decide = (body: object) =>
      api().post(`/api/releases/releases/${release.id}/decisions`).send(body);

    it('is refused without a reason, naming the checks, and nothing is recorded', async () => {
      release = await plannedCart();
      expect((await report('failed', '3 tests failed')).status).toBe(200);

      const read = await api().get(`/api/releases/releases/${release.id}`);
      expect(read.body.failedChecks).toEqual([
        expect.objectContaining({
          entityRef: CART,
          check: 'ci.tests',
          required: true,
          summary: '3 tests failed',
          url: null,
        }),
      ]);

      const refused = await decide({ decision: 'go', rationale: 'Ship it' });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(
        `A go needs an override reason while required checks have failed: ci.tests of ${CART} (3 tests failed)`,
      );
      const blank = await decide({
        decision: 'go',
        rationale: 'Ship it',
        overrideReason: '   ',
      });
      expect(blank.status).toBe(400);
      expect(blank.body.error.message).toBe(
        'overrideReason: must not be blank',
      );

      const after = await api().get(`/api/releases/releases/${release.id}`);
      expect(after.body.decisions).toEqual([]);
      expect(after.body.revision).toBe(read.body.revision);

      // A no-go needs no reason to override anything.
      const noGo = await decide({ decision: 'no_go', rationale: 'Red tests' });
      expect(noGo.status).toBe(201);
      expect(noGo.body.overrideReason).toBeNull();
    });

    it('is recorded with the reason, and the activity names what it overrode', async () => {
      release = await plannedCart();
      await report('failed', '3 tests failed');
      const go = await decide({
        decision: 'go',
        rationale: 'Hotfix for the outage',
        overrideReason: ' The failing suite is quarantined upstream ',
      });
      expect(go.status).toBe(201);
      expect(go.body.overrideReason).toBe(
        'The failing suite is quarantined upstream',
      );
      const read = await api().get(`/api/releases/releases/${release.id}`);
      expect(read.body.decisions[0].overrideReason).toBe(
        'The failing suite is quarantined upstream',
      );
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      const entry = activity.body.items.find(
        (a: any) => a.action === 'release.decision_recorded',
      );
      expect(entry.summary).toContain(
        'overriding 1 failed required check (The failing suite is quarantined upstream)',
      );
      expect(entry.after.overriddenChecks).toEqual([
        { entityRef: CART, check: 'ci.tests', summary: '3 tests failed' },
      ]);
    });

    it('needs no reason once the check passes', async () => {
      release = await plannedCart();
      await report('failed', '3 tests failed');
      await report('passed');
      const read = await api().get(`/api/releases/releases/${release.id}`);
      expect(read.body.failedChecks).toEqual([]);
      const go = await decide({
        decision: 'go',
        rationale: 'Green',
        overrideReason: 'not needed',
      });
      expect(go.status).toBe(201);
      expect(go.body.overrideReason).toBeNull();
    });
  },
);

describe('overrideOfFailedChecks', () => {
  const failed = (n: number, required = true) =>
    Array.from({ length: n }, (_, i) => ({
      itemId: `i${i}`,
      entityRef: `component:default/c${i}`,
      check: 'ci.tests',
      required,
      summary: null,
      url: null,
    }));

  it('lets optional checks through and names at most five required ones', () => {
    expect(overrideOfFailedChecks(failed(3, false), undefined)).toBeUndefined();
    expect(() => overrideOfFailedChecks(failed(7), undefined)).toThrow(
      /ci\.tests of component:default\/c4; and 2 more$/,
    );
    expect(overrideOfFailedChecks(failed(2), 'why')).toMatchObject({
      reason: 'why',
      summary: 'overriding 2 failed required checks (why)',
    });
  });
});
