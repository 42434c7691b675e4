import type { Knex } from 'knex';
import { TABLES } from '../tables';
import type { FeedRow } from './feedRows';

/** Revokes a feed of the given user; false when there is no such live feed. */
export async function revokeFeed(
  db: Knex,
  id: string,
  userRef: string,
  at: number,
): Promise<boolean> {
  const updated = await db<FeedRow>(TABLES.feeds)
    .where({ id, user_ref: userRef })
    .whereNull('revoked_at')
    .update({ revoked_at: at });
  return updated > 0;
}
