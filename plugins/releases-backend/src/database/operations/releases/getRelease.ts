import type { Knex } from 'knex';
import {
  type ChecklistItemRow,
  itemFromRow,
  type ReleaseRow,
} from '../../rows';
import type { StoredReleaseWithChecklist } from '../../types';
import { componentRowsOf } from '../componentRows';
import { readFollowUp } from '../followUp/readFollowUp';
import { releaseFromRow } from '../mapRelease';
import { TABLES } from '../tables';

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
