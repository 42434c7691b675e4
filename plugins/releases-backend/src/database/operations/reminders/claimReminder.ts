import type { Knex } from 'knex';
import type { ReminderClaim } from '../../ReminderStore';
import { TABLES } from '../tables';

/**
 * Claims a reminder before it is sent. Returns false when it was already claimed, by an earlier run
 * or by another replica at the same moment: the primary key makes exactly one insert succeed.
 */
export async function claimReminder(
  db: Knex,
  { releaseId, itemKey, windowStart, at }: ReminderClaim,
): Promise<boolean> {
  try {
    await db(TABLES.reminders).insert({
      release_id: releaseId,
      item_key: itemKey,
      window_start: windowStart,
      sent_at: at,
    });
    return true;
  } catch (error) {
    const exists = await db(TABLES.reminders)
      .where({
        release_id: releaseId,
        item_key: itemKey,
        window_start: windowStart,
      })
      .first();
    if (exists) return false;
    throw error;
  }
}
