/** What a feed shows: the filters its owner chose. */
export interface FeedFilters {
  owner?: string;
  entityRef?: string;
  includeFreezes: boolean;
}

export interface StoredFeed {
  id: string;
  userRef: string;
  filters: FeedFilters;
  /** The owner's read permission when the feed was made (a ReleaseReadScope), as stored. */
  readFilter: unknown;
  revoked: boolean;
}

export interface NewFeed {
  id: string;
  /** Only the hash of the secret token is kept. */
  tokenHash: string;
  userRef: string;
  filters: FeedFilters;
  readFilter: unknown;
}

/** Persistence of personal calendar feeds (hashed tokens only). */
export interface FeedStore {
  insert(feed: NewFeed, at: number): Promise<void>;
  byTokenHash(tokenHash: string): Promise<StoredFeed | undefined>;
  /** A user's live feeds, newest first. */
  listOf(userRef: string): Promise<StoredFeed[]>;
  /** Revokes a live feed of the user; false when the user has no such feed. */
  revoke(id: string, userRef: string, at: number): Promise<boolean>;
}
