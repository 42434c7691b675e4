import { computeRisk } from '@releasekit/plugin-releases-common';
import {
  HOUR,
  insertRelease,
  newRelease,
  T0,
} from '../../../__testUtils__/newRelease';
import { describeStoreOnEachDatabase } from '../../../__testUtils__/useReleaseStore';
import { DatabaseRiskStore } from '../../DatabaseRiskStore';

describeStoreOnEachDatabase('listCalendarReleases', db => {
  it('reads the calendar releases of a range with components in position order, counts and a truncation flag', async () => {
    // Positions run against the alphabetical order of the refs (the primary key's order), so an
    // answer in key order would fail.
    const components = ['payments', 'cart', 'billing'].map(name => ({
      entityRef: `component:default/${name}`,
      ownerRef: 'group:default/checkout-team',
      systemRef: 'system:default/checkout',
    }));
    const many = newRelease({ components });
    const single = newRelease({
      windowStart: T0 + HOUR,
      windowEnd: T0 + 3 * HOUR,
      items: [],
    });
    const outside = newRelease({
      windowStart: T0 + 10 * HOUR,
      windowEnd: T0 + 11 * HOUR,
    });
    for (const r of [many, single, outside]) await insertRelease(db.store(), r);
    // The calendar reads the level of a computed risk from its own columns, not from the JSON.
    const risks = await DatabaseRiskStore.create({
      database: { getClient: async () => db.knex() } as any,
    });
    const risk = computeRisk(
      {
        openRequiredItems: 9,
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
    await risks.saveRisk({ releaseId: single.id, revision: 1, risk });

    const range = { from: T0, to: T0 + 4 * HOUR };
    const result = await db.store().listCalendarReleases({
      filter: range,
      limit: 10,
    });
    expect(result.truncated).toBe(false);
    expect(result.releases).toEqual([
      {
        id: single.id,
        title: single.title,
        version: single.version,
        owner: single.owner,
        status: 'planned',
        windowStart: new Date(T0 + HOUR).toISOString(),
        windowEnd: new Date(T0 + 3 * HOUR).toISOString(),
        revision: 1,
        updatedAt: new Date(T0).toISOString(),
        components: single.components,
        counts: { total: 0, settled: 0, requiredOpen: 0 },
        risk: { score: 38, level: 'medium' },
      },
      expect.objectContaining({
        id: many.id,
        components,
        counts: { total: 2, settled: 0, requiredOpen: 1 },
        risk: null,
      }),
    ]);

    const capped = await db.store().listCalendarReleases({
      filter: range,
      limit: 1,
    });
    expect(capped.releases.map(r => r.id)).toEqual([single.id]);
    expect(capped.truncated).toBe(true);
  });
});
