import {
  isClosedStatus,
  RELEASE_STATUSES,
} from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import { TABLES } from '../tables';

const UNFINISHED = RELEASE_STATUSES.filter(s => !isClosedStatus(s));

/**
 * A page of the releases to recompute on schedule: not yet finished (their inputs move with time,
 * the catalog and other releases), or never computed (created before risk existed, or seeded).
 */
export async function releasesToRefresh(
  db: Knex,
  { after, limit }: { after?: string; limit: number },
): Promise<string[]> {
  const query = db(TABLES.releases)
    .where(q => q.whereIn('status', UNFINISHED).orWhereNull('risk'))
    .orderBy('id')
    .limit(limit)
    .select('id');
  if (after !== undefined) query.andWhere('id', '>', after);
  const rows: Array<{ id: string }> = await query;
  return rows.map(row => row.id);
}
