import type { Knex } from 'knex';
import type { ReleaseComponentRow } from '../rows';
import { TABLES } from './tables';

/**
 * The component rows of some releases in position order, the order groupComponents keeps. The
 * database sorts them: cheaper than a comparator over hundreds of rows in JavaScript.
 */
export async function componentRowsOf(
  db: Knex,
  releaseIds: string[],
): Promise<ReleaseComponentRow[]> {
  if (releaseIds.length === 0) return [];
  return db<ReleaseComponentRow>(TABLES.components)
    .whereIn('release_id', releaseIds)
    .orderBy('position');
}
