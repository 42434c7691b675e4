import type { Knex } from 'knex';
import { TABLES } from './tables';

export const NOT_READY_KEY = 'release:not-ready';

export interface DueItem {
  releaseId: string;
  title: string;
  version: string;
  windowStart: number;
  itemId: string;
  itemTitle: string;
  assignee: string;
}

export interface StartedUnready {
  releaseId: string;
  title: string;
  version: string;
  owner: string;
  windowStart: number;
  requiredOpen: number;
}

/**
 * Open required items of planned releases whose window starts within (now, now + lead], not yet
 * reminded for that window start: one query.
 */
export async function dueItems(
  db: Knex,
  now: number,
  leadMs: number,
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
    .whereNull(`${rem}.release_id`)
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

/** Planned or in-progress releases whose window has started with required items open, not yet reported. */
export async function startedUnready(
  db: Knex,
  now: number,
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
    .whereNull(`${rem}.release_id`)
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

/**
 * Claims a reminder before it is sent. Returns false when it was already claimed, by an earlier run
 * or by another replica at the same moment: the primary key makes exactly one insert succeed.
 */
export async function claimReminder(
  db: Knex,
  releaseId: string,
  itemKey: string,
  windowStart: number,
  at: number,
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
