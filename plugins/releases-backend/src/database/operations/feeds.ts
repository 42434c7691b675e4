import type { Knex } from 'knex';
import { parseJson } from '../rows';
import { TABLES } from './tables';

export interface FeedFilters {
  owner?: string;
  entityRef?: string;
  includeFreezes: boolean;
}

export interface StoredFeed {
  id: string;
  userRef: string;
  filters: FeedFilters;
  readFilter: unknown;
  revoked: boolean;
}

interface FeedRow {
  id: string;
  token_hash: string;
  user_ref: string;
  filters: string;
  read_filter: string | null;
  created_at: number | string;
  revoked_at: number | string | null;
}

function feedFromRow(row: FeedRow): StoredFeed {
  return {
    id: row.id,
    userRef: row.user_ref,
    filters: parseJson<FeedFilters>(row.filters, { includeFreezes: true }),
    readFilter: parseJson<unknown>(row.read_filter, null),
    revoked: row.revoked_at !== null,
  };
}

export async function insertFeed(
  db: Knex,
  feed: {
    id: string;
    tokenHash: string;
    userRef: string;
    filters: FeedFilters;
    readFilter: unknown;
  },
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

/** The feed whose token hashes to this value, looked up through the unique index. */
export async function feedByTokenHash(
  db: Knex,
  tokenHash: string,
): Promise<StoredFeed | undefined> {
  const row = await db<FeedRow>(TABLES.feeds)
    .where({ token_hash: tokenHash })
    .first();
  return row ? feedFromRow(row) : undefined;
}

export async function feedById(
  db: Knex,
  id: string,
): Promise<StoredFeed | undefined> {
  const row = await db<FeedRow>(TABLES.feeds).where({ id }).first();
  return row ? feedFromRow(row) : undefined;
}

export async function listFeedsOf(
  db: Knex,
  userRef: string,
): Promise<StoredFeed[]> {
  const rows = await db<FeedRow>(TABLES.feeds)
    .where({ user_ref: userRef })
    .whereNull('revoked_at')
    .orderBy('created_at', 'desc');
  return rows.map(feedFromRow);
}

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
