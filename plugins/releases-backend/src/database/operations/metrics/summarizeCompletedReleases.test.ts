import {
  type CompletedRelease,
  monthOf,
  summarize,
  summarizeCompletedReleases,
} from './summarizeCompletedReleases';

const H = 3_600_000;
const JAN = Date.UTC(2026, 0, 10);

const release = (fields: Partial<CompletedRelease>): CompletedRelease => ({
  owner: 'group:default/a',
  result: 'success',
  releasedAt: JAN,
  windowEnd: JAN,
  plannedAt: null,
  readyAt: null,
  requiredOpen: 0,
  ...fields,
});

describe('summarizeCompletedReleases', () => {
  it('takes the 90th percentile slip by nearest rank', () => {
    // Slips 1..10 h: rank ceil(0.9 × 10) = 9 → 9 h. Slips 1..11 h: rank ceil(9.9) = 10 → 10 h.
    const slips = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        release({ releasedAt: JAN + (i + 1) * H }),
      );
    expect(summarize(slips(10)).p90SlipHours).toBe(9);
    expect(summarize(slips(11)).p90SlipHours).toBe(10);
    expect(summarize(slips(1)).p90SlipHours).toBe(1);
    // On time counts as no slip, and the order of the rows does not matter.
    expect(
      summarize([...slips(9), release({ releasedAt: JAN - H })].reverse())
        .p90SlipHours,
    ).toBe(8);
  });

  it('counts readiness before planning as no lead time, and none while a required item is open', () => {
    const summary = summarize([
      release({ plannedAt: JAN - 10 * H, readyAt: JAN - 20 * H }),
      release({ plannedAt: JAN - 10 * H, readyAt: JAN - 4 * H }),
      release({
        plannedAt: JAN - 10 * H,
        readyAt: JAN - 2 * H,
        requiredOpen: 1,
      }),
      release({ plannedAt: null, readyAt: JAN - 2 * H }),
    ]);
    expect(summary.averageReadinessLeadTimeHours).toBe(3);
    expect(summary.averageLeadTimeHours).toBe(10);
  });

  it('groups by UTC month and by owner, each in ascending order', () => {
    const metrics = summarizeCompletedReleases([
      release({ owner: 'group:default/b', releasedAt: Date.UTC(2026, 1, 1) }),
      release({ owner: 'group:default/a', result: 'failed' }),
      // The last millisecond of January, UTC, whatever the machine's time zone.
      release({
        owner: 'group:default/b',
        releasedAt: Date.UTC(2026, 1, 1) - 1,
      }),
    ]);
    expect(metrics.byMonth.map(m => [m.month, m.completed])).toEqual([
      ['2026-01', 2],
      ['2026-02', 1],
    ]);
    expect(metrics.byTeam.map(t => [t.owner, t.changeFailureRate])).toEqual([
      ['group:default/a', 1],
      ['group:default/b', 0],
    ]);
    expect(monthOf(Date.UTC(2025, 11, 31, 23, 59))).toBe('2025-12');
  });

  it('answers with nulls and no groups when nothing completed', () => {
    expect(summarizeCompletedReleases([])).toEqual({
      overall: {
        completed: 0,
        onTimeRate: null,
        averageSlipHours: null,
        p90SlipHours: null,
        changeFailureRate: null,
        averageLeadTimeHours: null,
        averageReadinessLeadTimeHours: null,
      },
      byMonth: [],
      byTeam: [],
    });
  });
});
