import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import {
  claimReminder,
  markRemindersDelivered,
} from './operations/reminders/claimReminder';
import { listDueItems } from './operations/reminders/listDueItems';
import { listStartedUnready } from './operations/reminders/listStartedUnready';
import type { ReminderClaim, ReminderStore } from './ReminderStore';

/** The knex implementation of {@link ReminderStore}; SQL in ./operations/reminders. */
export class DatabaseReminderStore implements ReminderStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseReminderStore> {
    return new DatabaseReminderStore(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  dueItems(now: number, leadMs: number, retryBefore: number) {
    return listDueItems(this.db, now, leadMs, retryBefore);
  }

  startedUnready(now: number, retryBefore: number) {
    return listStartedUnready(this.db, now, retryBefore);
  }

  claim(claim: ReminderClaim) {
    return claimReminder(this.db, claim);
  }

  markDelivered(releaseId: string, windowStart: number, itemKeys: string[]) {
    return markRemindersDelivered(this.db, releaseId, windowStart, itemKeys);
  }
}
