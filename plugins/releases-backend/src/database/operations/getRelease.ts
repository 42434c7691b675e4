import type { Knex } from 'knex';
import type { ChecklistItemRow, ReleaseRow } from '../rows';
import { itemFromRow } from '../rows';
import type { StoredReleaseItem, StoredReleaseWithChecklist } from '../types';
import { componentRowsOf } from './componentRows';
import { readFollowUp } from './followUp';
import { releaseFromRow } from './mapRelease';
import { TABLES } from './tables';

/**
 * One release with its components, checklist, decisions and outcome: six queries whatever the size
 * of the release, the last five run together.
 */
export async function getRelease(
  db: Knex,
  id: string,
): Promise<StoredReleaseWithChecklist | undefined> {
  const row = await db<ReleaseRow>(TABLES.releases).where({ id }).first();
  if (!row) {
    return undefined;
  }
  const [components, items, followUp] = await Promise.all([
    componentRowsOf(db, [id]),
    db<ChecklistItemRow>(TABLES.items)
      .where({ release_id: id })
      .orderBy([
        { column: 'position', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]),
    readFollowUp(db, id),
  ]);
  return {
    ...releaseFromRow(row, components),
    checklist: items.map(itemFromRow),
    ...followUp,
  };
}

/**
 * One release with its components, and one of its checklist items: three queries, run together,
 * instead of the six of a whole release with its checklist and follow-up.
 */
export async function getReleaseItem(
  db: Knex,
  id: string,
  itemId: string,
): Promise<StoredReleaseItem | undefined> {
  const [row, components, item] = await Promise.all([
    db<ReleaseRow>(TABLES.releases).where({ id }).first(),
    componentRowsOf(db, [id]),
    db<ChecklistItemRow>(TABLES.items)
      .where({ release_id: id, id: itemId })
      .first(),
  ]);
  if (!row) {
    return undefined;
  }
  return {
    release: releaseFromRow(row, components),
    // Compared here too: MySQL compares strings case-insensitively, the API does not.
    item: item && item.id === itemId ? itemFromRow(item) : undefined,
  };
}
