import { describeOnEachDatabase } from '../../__testUtils__/describeWithBackend';
import {
  factorsOf,
  plannedCartRelease,
  ref,
  riskConfig,
  riskEntities,
  riskyBody,
  rolledBackCart,
} from '../../__testUtils__/riskFixtures';
import type { UsedBackend } from '../../__testUtils__/useReleasesBackend';

/** The helpers of these tests, on the backend of the describe that calls it. */
function helpers(backend: UsedBackend) {
  const api = backend.api;
  const settled = () => backend.ctx().risk.idle();
  async function create(body: object = riskyBody) {
    const res = await api().post('/api/releases/releases').send(body);
    expect(res.status).toBe(201);
    return res.body;
  }
  async function get(id: string) {
    const res = await api().get(`/api/releases/releases/${id}`);
    expect(res.status).toBe(200);
    return res.body;
  }
  async function report(entity: string, status: string) {
    await api()
      .post('/api/releases/checks/results')
      .send({
        entityRef: ref(entity),
        check: 'ci.tests',
        status,
        summary: status === 'failed' ? '2 tests failed' : undefined,
      })
      .expect(200);
  }
  return { api, settled, create, get, report };
}

describeOnEachDatabase(
  'the risk score',
  { entities: riskEntities, config: riskConfig, per: 'test' },
  backend => {
    const { api, settled, create, get, report } = helpers(backend);

    it('adds up every factor of a hand-worked release, on its page, its list row and its calendar row', async () => {
      await rolledBackCart(backend.knex());
      await plannedCartRelease(api);
      const release = await create();
      await report('payment', 'failed');
      await settled();

      const { risk } = await get(release.id);
      // Worked by hand, default weights: 3 open required items (plan, tests of payment and cart)
      // × 4, one failed check × 10, declared risks high×medium 6 + low×high 3 = 9 × 2, two
      // components × 2, billing-team not told of payment × 8, the cart planned at the same time
      // by another team × 10, the money freeze ending a day before the window × 10, the cart
      // rolled back ten days before × 8: 12 + 10 + 18 + 4 + 8 + 10 + 10 + 8 = 80.
      expect(factorsOf(risk)).toEqual({
        open_required_items: [3, 12],
        failed_checks: [1, 10],
        declared_risks: [9, 18],
        components: [2, 4],
        dependency_warnings: [1, 8],
        conflicts: [1, 10],
        freeze_proximity: [1, 10],
        change_failures: [1, 8],
      });
      expect(risk).toMatchObject({ score: 80, level: 'high' });
      expect(risk.factors[0]).toEqual({
        key: 'open_required_items',
        label: 'Open required items',
        weight: 4,
        value: 3,
        contribution: 12,
      });

      const list = await api()
        .get('/api/releases/releases')
        .query({ entityRef: ref('payment') })
        .expect(200);
      expect(list.body.items.map((r: any) => [r.id, r.risk])).toEqual([
        [release.id, risk],
      ]);
      const calendar = await api()
        .get('/api/releases/calendar')
        .query({ from: '2027-03-01T00:00:00Z', to: '2027-03-02T00:00:00Z' })
        .expect(200);
      const row = calendar.body.releases.find((r: any) => r.id === release.id);
      expect(row.risk).toEqual({ score: 80, level: 'high' });
    });

    it('rises by the failed-check weight when a check fails, and falls when it passes', async () => {
      const release = await create();
      await settled();
      const before = (await get(release.id)).risk;
      expect(factorsOf(before).failed_checks).toEqual([0, 0]);

      await report('cart', 'failed');
      await settled();
      const failed = (await get(release.id)).risk;
      expect(failed.score).toBe(before.score + 10);
      expect(factorsOf(failed).failed_checks).toEqual([1, 10]);

      // The pass settles the item too: one open required item fewer.
      await report('cart', 'passed');
      await settled();
      const passed = (await get(release.id)).risk;
      expect(passed.score).toBe(before.score - 4);
      expect(factorsOf(passed).failed_checks).toEqual([0, 0]);
      expect(factorsOf(passed).open_required_items).toEqual([2, 8]);
    });

    it('is stored without a revision or an activity entry, after a tick that did not wait for it', async () => {
      const release = await create();
      await settled();
      const plan = release.checklist.find(
        (i: any) => i.title === 'Plan agreed',
      );

      // While the catalog hangs, a refresh cannot finish; the tick answers all the same.
      const resume = backend.ctx().catalog.hold();
      const ticked = await api()
        .patch(`/api/releases/releases/${release.id}/checklist/${plan.id}`)
        .send({ state: 'done' });
      expect(ticked.status).toBe(200);
      const during = await get(release.id);
      expect(factorsOf(during.risk).open_required_items).toEqual([3, 12]);
      resume();
      await settled();

      const after = await get(release.id);
      expect(factorsOf(after.risk).open_required_items).toEqual([2, 8]);
      expect(after.revision).toBe(during.revision);
      expect(after.updatedAt).toBe(during.updatedAt);
      expect(Date.parse(after.risk.computedAt)).toBeGreaterThanOrEqual(
        Date.parse(after.updatedAt),
      );
      const activity = await api()
        .get(`/api/releases/releases/${release.id}/activity`)
        .expect(200);
      expect(activity.body.items.map((a: any) => a.action)).toEqual([
        'checklist.item_updated',
        'release.created',
      ]);
    });
  },
);
