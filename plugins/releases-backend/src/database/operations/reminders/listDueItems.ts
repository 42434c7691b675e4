import type { Knex } from 'knex';
import type { DueItem } from '../../ReminderStore';
import { TABLES } from '../tables';
import { notReminded } from './claimReminder';

/**
 * Open required items of planned releases whose window starts within (now, now + lead], not yet
 * reminded for that window start (or claimed and left unsent since before `retryBefore`): one query.
 */
export async function listDueItems(
  db: Knex,
  now: number,
  leadMs: number,
  retryBefore: number,
): Promise<DueItem[]> {
  const r = TABLES.releases;
  const i = TABLES.items;
  const rem = TABLES.reminders;
  const rows = await db(i)
    .join(r, `${r}.id`, `${i}.release_id`)
    .leftJoin(rem, function joinSent() {
      this.on(`${rem}.release_id`, `${i}.release_id`)
        .andOn(`${rem}.item_key`, `${i}.id`)
        .andOn(`${rem}.window_start`, `${r}.window_start`);
    })
    .where(`${r}.status`, 'planned')
    .andWhere(`${r}.window_start`, '>', now)
    .andWhere(`${r}.window_start`, '<=', now + leadMs)
    .andWhere(`${i}.state`, 'open')
    .andWhereRaw('??', [`${i}.required`])
    .whereNotNull(`${i}.assignee`)
    .where(notReminded(rem, retryBefore))
    .select(
      `${r}.id as release_id`,
      `${r}.title as title`,
      `${r}.version as version`,
      `${r}.window_start as window_start`,
      `${i}.id as item_id`,
      `${i}.title as item_title`,
      `${i}.assignee as assignee`,
    )
    .orderBy([`${r}.window_start`, `${i}.position`]);
  return rows.map(row => ({
    releaseId: row.release_id,
    title: row.title,
    version: row.version,
    windowStart: Number(row.window_start),
    itemId: row.item_id,
    itemTitle: row.item_title,
    assignee: row.assignee,
  }));
}
