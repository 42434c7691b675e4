import type { Knex } from 'knex';
import { TABLES } from '../tables';

/**
 * Per release, the distinct other releases sharing one of its components that finished failed or
 * rolled back in [window start − lookBack, window start): status rolled_back, or an outcome whose
 * result is failed or rolled_back. A release finished when its outcome says it was released, or at
 * its window's end when no outcome was recorded. One query for the whole batch; the arithmetic on
 * epoch-ms bigints is the same on all three databases.
 */
export async function changeFailures(
  db: Knex,
  releaseIds: string[],
  lookBackMs: number,
): Promise<Map<string, number>> {
  if (releaseIds.length === 0) return new Map();
  const finishedAt = 'COALESCE(??, ??)';
  const finishedAtColumns = ['o.released_at', 'other.window_end'];
  const rows: Array<{ release_id: string; failures: number | string }> =
    await db(`${TABLES.releases} as self`)
      .join(`${TABLES.components} as sc`, 'sc.release_id', 'self.id')
      .join(`${TABLES.components} as oc`, join =>
        join
          .on('oc.entity_ref', '=', 'sc.entity_ref')
          .andOn('oc.release_id', '<>', 'self.id'),
      )
      .join(`${TABLES.releases} as other`, 'other.id', 'oc.release_id')
      .leftJoin(`${TABLES.outcomes} as o`, 'o.release_id', 'other.id')
      .whereIn('self.id', releaseIds)
      .whereIn('other.status', ['released', 'rolled_back'])
      .where(q =>
        q
          .where('other.status', 'rolled_back')
          .orWhereIn('o.result', ['failed', 'rolled_back']),
      )
      .whereRaw(`${finishedAt} < ??`, [
        ...finishedAtColumns,
        'self.window_start',
      ])
      .whereRaw(`${finishedAt} >= ?? - ?`, [
        ...finishedAtColumns,
        'self.window_start',
        lookBackMs,
      ])
      .groupBy('self.id')
      .select('self.id as release_id')
      .countDistinct({ failures: 'other.id' });
  return new Map(rows.map(row => [row.release_id, Number(row.failures)]));
}
