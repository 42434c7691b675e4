import type { Knex } from 'knex';
import type { StoredFeed } from '../../FeedStore';
import { TABLES } from '../tables';
import { type FeedRow, feedFromRow } from './feedRows';

/** A user's live feeds, newest first. */
export async function listFeeds(
  db: Knex,
  userRef: string,
): Promise<StoredFeed[]> {
  const rows = await db<FeedRow>(TABLES.feeds)
    .where({ user_ref: userRef })
    .whereNull('revoked_at')
    .orderBy('created_at', 'desc');
  return rows.map(feedFromRow);
}
