import type { Knex } from 'knex';
import type {
  MetricsSummary,
  MonthlyMetrics,
  TeamMetrics,
} from '@releasekit/plugin-releases-common';
import type { MetricsFilter } from '../../types';
import { applyReleaseFilter } from '../releaseFilter';
import { TABLES } from '../tables';
import {
  type CompletedRelease,
  summarizeCompletedReleases,
} from './summarizeCompletedReleases';

interface CompletedReleaseRow {
  owner: string;
  result: string;
  released_at: number | string;
  window_end: number | string;
  planned_at: number | string | null;
  ready_at: number | string | null;
  required_open: number | string;
}

/**
 * The completed releases of the range, one row each, in one statement. It starts from the outcomes
 * released in the range (release_outcomes_metrics_idx) and joins each to its release through
 * releases_metrics_idx, both covering what is read and filtered: the cost follows the range, not
 * the history. Readiness comes from the outcome row, kept current by refreshReadinessSummary.
 */
function completedReleases(db: Knex, filter: MetricsFilter) {
  const r = TABLES.releases;
  const o = TABLES.outcomes;
  const query = db(r)
    .join(o, `${o}.release_id`, `${r}.id`)
    .whereIn(`${r}.status`, ['released', 'rolled_back'])
    .andWhere(`${o}.released_at`, '>=', filter.from)
    .andWhere(`${o}.released_at`, '<', filter.to)
    .select(
      `${r}.owner as owner`,
      `${o}.result as result`,
      `${o}.released_at as released_at`,
      `${r}.window_end as window_end`,
      `${r}.planned_at as planned_at`,
      `${o}.ready_at as ready_at`,
      `${o}.required_open as required_open`,
    );
  // The caller's read scope, as the release list applies it: a release the caller may not read is
  // not counted either, or the metrics per team would tell about releases hidden from them.
  applyReleaseFilter(query, db, {
    owner: filter.owner,
    entityRef: filter.entityRef,
    readScope: filter.readScope,
  });
  return query;
}

const numberOrNull = (v: number | string | null) =>
  v === null ? null : Number(v);

/**
 * Release metrics for completed releases in [from, to): overall, per month and per owning team.
 * A year holds a few thousand completed releases: they are read once and aggregated here, rather
 * than by a statement per grouping that each read them again.
 */
export async function releaseMetrics(
  db: Knex,
  filter: MetricsFilter,
): Promise<{
  overall: MetricsSummary;
  byMonth: MonthlyMetrics[];
  byTeam: TeamMetrics[];
}> {
  const rows: CompletedReleaseRow[] = await completedReleases(db, filter);
  return summarizeCompletedReleases(
    rows.map(
      (row): CompletedRelease => ({
        owner: row.owner,
        result: row.result,
        releasedAt: Number(row.released_at),
        windowEnd: Number(row.window_end),
        plannedAt: numberOrNull(row.planned_at),
        readyAt: numberOrNull(row.ready_at),
        requiredOpen: Number(row.required_open),
      }),
    ),
  );
}
