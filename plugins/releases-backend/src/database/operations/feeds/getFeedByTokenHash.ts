import type { Knex } from 'knex';
import type { StoredFeed } from '../../FeedStore';
import { TABLES } from '../tables';
import { type FeedRow, feedFromRow } from './feedRows';

/** The feed whose token hashes to this value, looked up through the unique index. */
export async function getFeedByTokenHash(
  db: Knex,
  tokenHash: string,
): Promise<StoredFeed | undefined> {
  const row = await db<FeedRow>(TABLES.feeds)
    .where({ token_hash: tokenHash })
    .first();
  return row ? feedFromRow(row) : undefined;
}
