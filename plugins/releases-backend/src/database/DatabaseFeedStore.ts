import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type { FeedStore, NewFeed } from './FeedStore';
import { getFeedByTokenHash } from './operations/feeds/getFeedByTokenHash';
import { insertFeed } from './operations/feeds/insertFeed';
import { listFeeds } from './operations/feeds/listFeeds';
import { revokeFeed } from './operations/feeds/revokeFeed';

/** The knex implementation of {@link FeedStore}; SQL in ./operations/feeds. */
export class DatabaseFeedStore implements FeedStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseFeedStore> {
    return new DatabaseFeedStore(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  insert(feed: NewFeed, at: number) {
    return insertFeed(this.db, feed, at);
  }

  byTokenHash(tokenHash: string) {
    return getFeedByTokenHash(this.db, tokenHash);
  }

  listOf(userRef: string) {
    return listFeeds(this.db, userRef);
  }

  revoke(id: string, userRef: string, at: number) {
    return revokeFeed(this.db, id, userRef, at);
  }
}
