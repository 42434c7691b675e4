import type { Knex } from 'knex';
import { NOT_READY_KEY, type StartedUnready } from '../../ReminderStore';
import { TABLES } from '../tables';
import { notReminded } from './claimReminder';

/**
 * Planned or in-progress releases whose window has started with required items open, not yet
 * reported (or claimed and left unsent since before `retryBefore`).
 */
export async function listStartedUnready(
  db: Knex,
  now: number,
  retryBefore: number,
): Promise<StartedUnready[]> {
  const r = TABLES.releases;
  const rem = TABLES.reminders;
  const open = db(TABLES.items)
    .count('*')
    .whereRaw('??.?? = ??.??', [TABLES.items, 'release_id', r, 'id'])
    .andWhere('state', 'open')
    .andWhereRaw('??', [`${TABLES.items}.required`]);
  const rows = await db(r)
    .leftJoin(rem, function joinSent() {
      this.on(`${rem}.release_id`, `${r}.id`)
        .andOn(`${rem}.window_start`, `${r}.window_start`)
        .andOn(`${rem}.item_key`, db.raw('?', [NOT_READY_KEY]));
    })
    .whereIn(`${r}.status`, ['planned', 'in_progress'])
    .andWhere(`${r}.window_start`, '<=', now)
    .andWhere(`${r}.window_end`, '>', now)
    .where(notReminded(rem, retryBefore))
    .select(
      `${r}.id as release_id`,
      `${r}.title as title`,
      `${r}.version as version`,
      `${r}.owner as owner`,
      `${r}.window_start as window_start`,
      open.as('required_open'),
    );
  return rows
    .map(row => ({
      releaseId: row.release_id,
      title: row.title,
      version: row.version,
      owner: row.owner,
      windowStart: Number(row.window_start),
      requiredOpen: Number(row.required_open),
    }))
    .filter(row => row.requiredOpen > 0);
}
