import type { Knex } from 'knex';
import type { NewFeed } from '../../FeedStore';
import { TABLES } from '../tables';
import type { FeedRow } from './feedRows';

export async function insertFeed(
  db: Knex,
  feed: NewFeed,
  at: number,
): Promise<void> {
  await db<FeedRow>(TABLES.feeds).insert({
    id: feed.id,
    token_hash: feed.tokenHash,
    user_ref: feed.userRef,
    filters: JSON.stringify(feed.filters),
    read_filter:
      feed.readFilter === null ? null : JSON.stringify(feed.readFilter),
    created_at: at,
    revoked_at: null,
  });
}
