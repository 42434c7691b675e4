import { parseJson } from '../../rows';
import type { FeedFilters, StoredFeed } from '../../FeedStore';

export interface FeedRow {
  id: string;
  token_hash: string;
  user_ref: string;
  filters: string;
  read_filter: string | null;
  created_at: number | string;
  revoked_at: number | string | null;
}

export function feedFromRow(row: FeedRow): StoredFeed {
  return {
    id: row.id,
    userRef: row.user_ref,
    filters: parseJson<FeedFilters>(row.filters, { includeFreezes: true }),
    readFilter: parseJson<unknown>(row.read_filter, null),
    revoked: row.revoked_at !== null,
  };
}
