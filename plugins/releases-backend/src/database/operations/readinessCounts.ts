import type { Knex } from 'knex';
import type { ChecklistCounts } from '../types';
import { TABLES } from './tables';

interface CountsRow {
  release_id: string;
  total: number | string;
  settled: number | string | null;
  required_open: number | string | null;
}

/**
 * Checklist counts for many releases in one aggregate query. The readiness rules themselves live in
 * releases-common; this only counts what they need. `required` is used as a bare boolean so the same
 * text works on PostgreSQL (boolean) and on MySQL and SQLite (0/1).
 */
export async function readinessCounts(
  db: Knex,
  releaseIds: string[],
): Promise<Map<string, ChecklistCounts>> {
  const counts = new Map<string, ChecklistCounts>();
  if (releaseIds.length === 0) {
    return counts;
  }
  const rows: CountsRow[] = await db(TABLES.items)
    .select('release_id')
    .count({ total: '*' })
    .select(
      db.raw(
        "SUM(CASE WHEN state IN ('done', 'not_applicable') THEN 1 ELSE 0 END) AS settled",
      ),
      db.raw(
        "SUM(CASE WHEN required AND state = 'open' THEN 1 ELSE 0 END) AS required_open",
      ),
    )
    .whereIn('release_id', releaseIds)
    .groupBy('release_id');
  for (const row of rows) {
    counts.set(row.release_id, {
      total: Number(row.total),
      settled: Number(row.settled ?? 0),
      requiredOpen: Number(row.required_open ?? 0),
    });
  }
  return counts;
}
