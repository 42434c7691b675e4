import type { Knex } from 'knex';
import { TABLES } from '../tables';

/**
 * Rewrites the readiness the metrics read from an outcome row (the last settling of a required item,
 * and how many required items are still open) from the release's checklist. Run in the transaction
 * of every write that changes an outcome or the items of a release; a release without an outcome has
 * no row, and the UPDATE then changes nothing (its count, 0, says so). COUNT rather than SUM of open
 * items: with no required item at all, ready_at is null and the metrics leave the release out either way.
 * Returned unawaited so that a caller can put it in a writeTogether batch.
 */
export function refreshReadinessSummary(
  tx: Knex,
  releaseIds: string[],
): Knex.QueryBuilder {
  const requiredItems = () =>
    tx(TABLES.items)
      .whereRaw('??.?? = ??.??', [
        TABLES.items,
        'release_id',
        TABLES.outcomes,
        'release_id',
      ])
      .andWhereRaw('??', [`${TABLES.items}.required`]);
  return tx(TABLES.outcomes)
    .whereIn('release_id', releaseIds)
    .update({
      ready_at: requiredItems().max('done_at'),
      required_open: requiredItems()
        .where(`${TABLES.items}.state`, 'open')
        .count('*'),
    });
}
