import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { migrateReleasesDatabase } from './DatabaseReleaseStore';
import {
  claimReminder,
  dueItems,
  startedUnready,
} from './operations/reminders';

export type { DueItem, StartedUnready } from './operations/reminders';
export { NOT_READY_KEY } from './operations/reminders';

/** What the reminder task reads and records. */
export class DatabaseReminderStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseReminderStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await migrateReleasesDatabase(client);
    }
    return new DatabaseReminderStore(client);
  }

  private constructor(private readonly db: Knex) {}

  dueItems(now: number, leadMs: number) {
    return dueItems(this.db, now, leadMs);
  }

  startedUnready(now: number) {
    return startedUnready(this.db, now);
  }

  claim(releaseId: string, itemKey: string, windowStart: number, at: number) {
    return claimReminder(this.db, releaseId, itemKey, windowStart, at);
  }
}
