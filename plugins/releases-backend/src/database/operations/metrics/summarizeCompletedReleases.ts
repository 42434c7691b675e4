import {
  EMPTY_METRICS_SUMMARY,
  type MetricsSummary,
  type MonthlyMetrics,
  type TeamMetrics,
} from '@releasekit/plugin-releases-common';

const HOUR = 3_600_000;

/** One completed release in the range, as the metrics read it (epoch milliseconds). */
export interface CompletedRelease {
  owner: string;
  result: string;
  releasedAt: number;
  windowEnd: number;
  plannedAt: number | null;
  /** When the last required item was settled; null when none was. */
  readyAt: number | null;
  requiredOpen: number;
}

const average = (values: number[]) =>
  values.length === 0
    ? null
    : values.reduce((sum, v) => sum + v, 0) / values.length;

const hours = (ms: number | null) => (ms === null ? null : ms / HOUR);

/** Hours past the window end; 0 when released by then. */
const slipOf = (r: CompletedRelease) =>
  r.releasedAt > r.windowEnd ? r.releasedAt - r.windowEnd : 0;

/**
 * The 90th percentile by the nearest-rank method: the smallest value whose rank r among n has
 * r ≥ 0.9·n, in integers (10r ≥ 9n) so that no float rounding moves the rank.
 */
function p90(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.floor((9 * sorted.length + 9) / 10);
  return sorted[rank - 1];
}

/** The figures of one group of completed releases (all of the range, a month or a team). */
export function summarize(releases: CompletedRelease[]): MetricsSummary {
  const completed = releases.length;
  if (completed === 0) return { ...EMPTY_METRICS_SUMMARY };
  const slips = releases.map(slipOf);
  const planned = releases.filter(r => r.plannedAt !== null);
  // Readiness lead time only when every required item is settled; readiness reached before the
  // release was planned counts as 0 hours.
  const ready = planned.filter(r => r.readyAt !== null && r.requiredOpen === 0);
  return {
    completed,
    onTimeRate:
      releases.filter(r => r.releasedAt <= r.windowEnd).length / completed,
    averageSlipHours: hours(average(slips)),
    p90SlipHours: hours(p90(slips)),
    changeFailureRate:
      releases.filter(r => r.result === 'failed' || r.result === 'rolled_back')
        .length / completed,
    averageLeadTimeHours: hours(
      average(planned.map(r => r.releasedAt - r.plannedAt!)),
    ),
    averageReadinessLeadTimeHours: hours(
      average(ready.map(r => Math.max(r.readyAt! - r.plannedAt!, 0))),
    ),
  };
}

/** `YYYY-MM` of the release time, in UTC. */
export const monthOf = (at: number) => new Date(at).toISOString().slice(0, 7);

/** The releases grouped by a key, the groups in ascending order of the key (code units). */
function groupBy(
  releases: CompletedRelease[],
  keyOf: (r: CompletedRelease) => string,
): Array<[string, CompletedRelease[]]> {
  const groups = new Map<string, CompletedRelease[]>();
  for (const release of releases) {
    const key = keyOf(release);
    const group = groups.get(key);
    if (group) group.push(release);
    else groups.set(key, [release]);
  }
  return [...groups.entries()].sort(
    ([a], [b]) => Number(a > b) - Number(a < b),
  );
}

/** Release metrics overall, per month and per owning team, from the range's completed releases. */
export function summarizeCompletedReleases(releases: CompletedRelease[]): {
  overall: MetricsSummary;
  byMonth: MonthlyMetrics[];
  byTeam: TeamMetrics[];
} {
  return {
    overall: summarize(releases),
    byMonth: groupBy(releases, r => monthOf(r.releasedAt)).map(
      ([month, group]) => ({ month, ...summarize(group) }),
    ),
    byTeam: groupBy(releases, r => r.owner).map(([owner, group]) => ({
      owner,
      ...summarize(group),
    })),
  };
}
