import type { Knex } from 'knex';
import type {
  ClaimOutcome,
  ReminderClaim,
  ReminderKey,
} from '../../ReminderStore';
import { TABLES } from '../tables';

function keyColumns({ releaseId, itemKey, windowStart }: ReminderKey) {
  return {
    release_id: releaseId,
    item_key: itemKey,
    window_start: windowStart,
  };
}

/**
 * Inserts a claim. Returns false when it was claimed already, by an earlier run or by another
 * replica at the same moment: the primary key makes exactly one insert succeed.
 */
export async function insertClaim(
  db: Knex,
  key: ReminderKey,
  options: { at: number; delivered: boolean },
): Promise<boolean> {
  try {
    await db(TABLES.reminders).insert({
      ...keyColumns(key),
      sent_at: options.at,
      delivered: options.delivered,
    });
    return true;
  } catch (error) {
    const exists = await db(TABLES.reminders).where(keyColumns(key)).first();
    if (exists) return false;
    throw error;
  }
}

/**
 * Claims a reminder before it is sent, undelivered until {@link markRemindersDelivered}. A claim
 * left undelivered since before `retryBefore` (its run died or could not send) is taken over: the
 * update's condition holds for one replica only, as the first to update moves `sent_at` on.
 */
export async function claimReminder(
  db: Knex,
  claim: ReminderClaim,
): Promise<ClaimOutcome> {
  if (await insertClaim(db, claim, { at: claim.at, delivered: false }))
    return 'new';
  const takenOver = await db(TABLES.reminders)
    .where(keyColumns(claim))
    .andWhere('delivered', false)
    .andWhere('sent_at', '<', claim.retryBefore)
    .update({ sent_at: claim.at });
  return takenOver === 1 ? 'retry' : false;
}

/** Marks the claims of one release window's reminders as sent. */
export async function markRemindersDelivered(
  db: Knex,
  releaseId: string,
  windowStart: number,
  itemKeys: string[],
): Promise<void> {
  await db(TABLES.reminders)
    .where({ release_id: releaseId, window_start: windowStart })
    .whereIn('item_key', itemKeys)
    .update({ delivered: true });
}

/**
 * The condition "not reminded" for a query joined to the reminders as `rem`: no claim, or a claim
 * left undelivered since before `retryBefore`.
 */
export function notReminded(rem: string, retryBefore: number) {
  return (q: Knex.QueryBuilder) =>
    q
      .whereNull(`${rem}.release_id`)
      .orWhere(stale =>
        stale
          .where(`${rem}.delivered`, false)
          .andWhere(`${rem}.sent_at`, '<', retryBefore),
      );
}
