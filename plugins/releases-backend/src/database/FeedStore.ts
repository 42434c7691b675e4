import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { migrateReleasesDatabase } from './DatabaseReleaseStore';
import {
  feedById,
  feedByTokenHash,
  type FeedFilters,
  insertFeed,
  listFeedsOf,
  revokeFeed,
  type StoredFeed,
} from './operations/feeds';

export type { FeedFilters, StoredFeed };

/** Persistence of personal calendar feeds (hashed tokens only). */
export class DatabaseFeedStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseFeedStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await migrateReleasesDatabase(client);
    }
    return new DatabaseFeedStore(client);
  }

  private constructor(private readonly db: Knex) {}

  insert(feed: Parameters<typeof insertFeed>[1], at: number) {
    return insertFeed(this.db, feed, at);
  }

  byTokenHash(tokenHash: string) {
    return feedByTokenHash(this.db, tokenHash);
  }

  byId(id: string) {
    return feedById(this.db, id);
  }

  listOf(userRef: string) {
    return listFeedsOf(this.db, userRef);
  }

  revoke(id: string, userRef: string, at: number) {
    return revokeFeed(this.db, id, userRef, at);
  }
}
