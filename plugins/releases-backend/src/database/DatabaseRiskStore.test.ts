import {
  computeRisk,
  type OutcomeResult,
} from '@releasekit/plugin-releases-common';
import {
  HOUR,
  insertRelease,
  newRelease,
  T0,
} from '../__testUtils__/newRelease';
import { describeStoreOnEachDatabase } from '../__testUtils__/useReleaseStore';
import { DatabaseRiskStore } from './DatabaseRiskStore';
import type { NewRelease, StoredComponent } from './types';

const DAY = 24 * HOUR;
const LOOK_BACK = 180 * DAY;

const component = (name: string): StoredComponent => ({
  entityRef: `component:default/${name}`,
  ownerRef: 'group:default/checkout-team',
  systemRef: null,
});

const risk = (openRequiredItems: number) =>
  computeRisk(
    {
      openRequiredItems,
      failedChecks: 0,
      declaredRisks: [],
      components: 1,
      dependencyWarnings: 0,
      conflicts: 0,
      nearFreeze: false,
      changeFailures: 0,
    },
    { computedAt: new Date(T0).toISOString() },
  );

type Db = Parameters<Parameters<typeof describeStoreOnEachDatabase>[1]>[0];

const risksOn = (db: Db) => () =>
  DatabaseRiskStore.create({
    database: { getClient: async () => db.knex() } as any,
  });

describeStoreOnEachDatabase('DatabaseRiskStore change failures', db => {
  const risks = risksOn(db);

  /** A past release of these components, its window ending `daysBefore` days before T0. */
  async function past(
    names: string[],
    daysBefore: number,
    status: NewRelease['status'],
    outcome?: { result: OutcomeResult; releasedDaysBefore: number },
  ) {
    const end = T0 - daysBefore * DAY;
    const r = newRelease({
      status,
      components: names.map(component),
      windowStart: end - 2 * HOUR,
      windowEnd: end,
      items: [],
    });
    await insertRelease(db.store(), r, end - 30 * DAY);
    if (outcome) {
      await db.store().applyChange({
        releaseId: r.id,
        actor: 'user:default/alice',
        at: end,
        setOutcome: {
          result: outcome.result,
          releasedAt: T0 - outcome.releasedDaysBefore * DAY,
          incidents: [],
          lessonsLearned: '',
          actionItems: [],
        },
        activity: [],
      });
    }
    return r.id;
  }

  it('counts the distinct releases of the same components that failed or rolled back in the look-back period', async () => {
    const self = newRelease({
      components: [component('cart'), component('checkout')],
    });
    const quiet = newRelease({ components: [component('ledger')] });
    await insertRelease(db.store(), self);
    await insertRelease(db.store(), quiet);

    // Counted: rolled back (no outcome: it finished with its window), sharing both components once;
    // released with a failed outcome; rolled back by its outcome.
    await past(['cart', 'checkout'], 10, 'rolled_back');
    await past(['checkout'], 30, 'released', {
      result: 'failed',
      releasedDaysBefore: 29,
    });
    await past(['cart'], 100, 'released', {
      result: 'rolled_back',
      releasedDaysBefore: 100,
    });
    // Not counted: a success, a partial success, outside the look-back, another component,
    // finished after the window starts, cancelled, and a failure not yet finished.
    await past(['cart'], 5, 'released', {
      result: 'success',
      releasedDaysBefore: 5,
    });
    await past(['cart'], 6, 'released', {
      result: 'partial',
      releasedDaysBefore: 6,
    });
    await past(['checkout'], 200, 'rolled_back');
    await past(['payments'], 3, 'rolled_back');
    await past(['cart'], -1, 'rolled_back');
    await past(['cart'], 2, 'released', {
      result: 'failed',
      releasedDaysBefore: -1,
    });
    await past(['checkout'], 4, 'cancelled');

    const failures = await (
      await risks()
    ).changeFailures([self.id, quiet.id], LOOK_BACK);
    expect([...failures]).toEqual([[self.id, 3]]);
    // The look-back decides: 50 days sees only the last two.
    expect(
      (await (await risks()).changeFailures([self.id], 50 * DAY)).get(self.id),
    ).toBe(2);
    expect(await (await risks()).changeFailures([], LOOK_BACK)).toEqual(
      new Map(),
    );
  });
});

describeStoreOnEachDatabase('DatabaseRiskStore snapshots', db => {
  const risks = risksOn(db);

  it('stores a risk without bumping the revision or adding activity, and not over a newer revision', async () => {
    const r = newRelease();
    await insertRelease(db.store(), r);
    const before = (await db.store().getRelease(r.id))!;
    expect(before.risk).toBeNull();

    expect(
      await (
        await risks()
      ).saveRisk({
        releaseId: r.id,
        revision: 1,
        risk: risk(2),
      }),
    ).toBe(true);
    const after = (await db.store().getRelease(r.id))!;
    expect(after.risk).toEqual(risk(2));
    expect(after).toEqual({ ...before, risk: risk(2) });
    expect(await db.store().listActivity(r.id, 5)).toEqual([]);
    const listed = await db.store().listReleases({ filter: {}, limit: 5 });
    expect(listed.items.find(i => i.id === r.id)!.risk).toEqual(risk(2));

    // Computed from revision 1 while a change made it 2: the change's own refresh writes.
    await db.store().applyChange({
      releaseId: r.id,
      actor: 'user:default/alice',
      at: T0 + 1,
      fields: { title: 'Renamed' },
      activity: [],
    });
    expect(
      await (
        await risks()
      ).saveRisk({
        releaseId: r.id,
        revision: 1,
        risk: risk(9),
      }),
    ).toBe(false);
    expect((await db.store().getRelease(r.id))!.risk).toEqual(risk(2));
  });

  it('pages through the releases to refresh: unfinished ones, and finished ones never computed', async () => {
    const planned = newRelease({ status: 'planned' });
    const draft = newRelease({ status: 'draft' });
    const released = newRelease({ status: 'released' });
    const computed = newRelease({ status: 'cancelled' });
    for (const r of [planned, draft, released, computed]) {
      await insertRelease(db.store(), r);
    }
    await (
      await risks()
    ).saveRisk({ releaseId: computed.id, revision: 1, risk: risk(0) });

    const store = await risks();
    const first = await store.releasesToRefresh({ limit: 2 });
    const second = await store.releasesToRefresh({
      after: first[first.length - 1],
      limit: 2,
    });
    expect([...first, ...second]).toEqual(
      [planned.id, draft.id, released.id].sort(),
    );
    expect(
      await store.releasesToRefresh({ after: second[0], limit: 2 }),
    ).toEqual([]);
  });
});
