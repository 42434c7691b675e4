import type { Knex } from 'knex';
import type {
  MetricsSummary,
  MonthlyMetrics,
  TeamMetrics,
} from '@releasekit/plugin-releases-common';
import type { MetricsFilter } from '../../types';
import { applyReleaseFilter } from '../releaseFilter';
import { TABLES } from '../tables';

const HOUR = 3_600_000;

/**
 * The calendar month (UTC) of the release time, as `YYYY-MM`. The one place where the SQL differs
 * per database: each has its own date functions.
 */
function monthOf(db: Knex, column: string): Knex.Raw {
  const client = String(db.client.config.client);
  if (client === 'pg') {
    return db.raw(
      `to_char(to_timestamp(?? / 1000) AT TIME ZONE 'UTC', 'YYYY-MM')`,
      [column],
    );
  }
  if (client.startsWith('mysql')) {
    return db.raw(
      `DATE_FORMAT(DATE_ADD('1970-01-01 00:00:00', INTERVAL FLOOR(?? / 1000) SECOND), '%Y-%m')`,
      [column],
    );
  }
  return db.raw(`strftime('%Y-%m', ?? / 1000, 'unixepoch')`, [column]);
}

/**
 * One row per completed release in the range, with the durations the metrics aggregate. Readiness
 * lead time uses the last settling of a required item, and only when none is still open.
 */
function completedReleases(db: Knex, filter: MetricsFilter) {
  const r = TABLES.releases;
  const o = TABLES.outcomes;
  const requiredItems = (expression: string) =>
    db(TABLES.items)
      .select(db.raw(expression))
      .whereRaw('??.?? = ??.??', [TABLES.items, 'release_id', r, 'id'])
      .andWhereRaw('??', [`${TABLES.items}.required`]);
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
      db.raw(
        `CASE WHEN ??.released_at > ??.window_end THEN ??.released_at - ??.window_end ELSE 0 END AS slip`,
        [o, r, o, r],
      ),
      requiredItems('MAX(done_at)').as('ready_at'),
      requiredItems(`SUM(CASE WHEN state = 'open' THEN 1 ELSE 0 END)`).as(
        'required_open',
      ),
      monthOf(db, `${o}.released_at`).wrap('', ' AS month'),
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

interface AggregateRow {
  grp: string | null;
  completed: number | string;
  on_time: number | string | null;
  failures: number | string | null;
  avg_slip: number | string | null;
  avg_lead: number | string | null;
  avg_ready_lead: number | string | null;
}

const num = (v: number | string | null) => (v === null ? null : Number(v));
const hours = (v: number | string | null) =>
  v === null ? null : Number(v) / HOUR;

function summary(
  row: AggregateRow | undefined,
  p90: number | null,
): MetricsSummary {
  const completed = row ? Number(row.completed) : 0;
  if (!row || completed === 0) {
    return {
      completed: 0,
      onTimeRate: null,
      averageSlipHours: null,
      p90SlipHours: null,
      changeFailureRate: null,
      averageLeadTimeHours: null,
      averageReadinessLeadTimeHours: null,
    };
  }
  return {
    completed,
    onTimeRate: num(row.on_time)! / completed,
    averageSlipHours: hours(row.avg_slip),
    p90SlipHours: p90 === null ? null : p90 / HOUR,
    changeFailureRate: num(row.failures)! / completed,
    averageLeadTimeHours: hours(row.avg_lead),
    averageReadinessLeadTimeHours: hours(row.avg_ready_lead),
  };
}

async function aggregate(
  db: Knex,
  filter: MetricsFilter,
  group?: 'month' | 'owner',
) {
  const base = completedReleases(db, filter).as('c');
  const rows: AggregateRow[] = await db
    .from(base)
    .select(
      group ? db.raw('?? AS grp', [group]) : db.raw('NULL AS grp'),
      db.raw('COUNT(*) AS completed'),
      db.raw(
        'SUM(CASE WHEN released_at <= window_end THEN 1 ELSE 0 END) AS on_time',
      ),
      db.raw(
        `SUM(CASE WHEN result IN ('failed', 'rolled_back') THEN 1 ELSE 0 END) AS failures`,
      ),
      db.raw('AVG(slip) AS avg_slip'),
      db.raw(
        'AVG(CASE WHEN planned_at IS NOT NULL THEN released_at - planned_at END) AS avg_lead',
      ),
      db.raw(
        `AVG(CASE WHEN planned_at IS NOT NULL AND ready_at IS NOT NULL AND required_open = 0
              THEN CASE WHEN ready_at > planned_at THEN ready_at - planned_at ELSE 0 END END) AS avg_ready_lead`,
      ),
    )
    .modify(q => {
      if (group) q.groupBy(group).orderBy(group);
    });
  return rows;
}

/**
 * The 90th percentile slip per group by the nearest-rank method: the smallest slip whose rank r
 * among n satisfies r ≥ 0.9·n, written in integers (10r ≥ 9n > 10(r-1)) because SQLite has no CEIL.
 */
async function p90Slips(
  db: Knex,
  filter: MetricsFilter,
  group?: 'month' | 'owner',
) {
  const partition = group ? `PARTITION BY ${group}` : '';
  const ranked = db
    .from(completedReleases(db, filter).as('c'))
    .select(
      group ? db.raw('?? AS grp', [group]) : db.raw('NULL AS grp'),
      'slip',
      db.raw(`ROW_NUMBER() OVER (${partition} ORDER BY slip) AS rn`),
      db.raw(`COUNT(*) OVER (${partition}) AS n`),
    )
    .as('ranked');
  const rows: Array<{ grp: string | null; slip: number | string }> = await db
    .from(ranked)
    .select('grp', 'slip')
    .whereRaw('rn * 10 >= n * 9')
    .andWhereRaw('(rn - 1) * 10 < n * 9');
  return new Map(rows.map(row => [row.grp ?? '', Number(row.slip)]));
}

/** Release metrics for completed releases in [from, to): overall, per month and per owning team. */
export async function releaseMetrics(
  db: Knex,
  filter: MetricsFilter,
): Promise<{
  overall: MetricsSummary;
  byMonth: MonthlyMetrics[];
  byTeam: TeamMetrics[];
}> {
  const [overall, byMonth, byTeam, p90All, p90Month, p90Team] =
    await Promise.all([
      aggregate(db, filter),
      aggregate(db, filter, 'month'),
      aggregate(db, filter, 'owner'),
      p90Slips(db, filter),
      p90Slips(db, filter, 'month'),
      p90Slips(db, filter, 'owner'),
    ]);
  return {
    overall: summary(overall[0], p90All.get('') ?? null),
    byMonth: byMonth.map(row => ({
      month: String(row.grp),
      ...summary(row, p90Month.get(String(row.grp)) ?? null),
    })),
    byTeam: byTeam.map(row => ({
      owner: String(row.grp),
      ...summary(row, p90Team.get(String(row.grp)) ?? null),
    })),
  };
}
