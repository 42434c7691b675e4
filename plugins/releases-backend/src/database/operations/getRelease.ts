import type { Knex } from 'knex';
import type {
  ChecklistItemRow,
  ReleaseComponentRow,
  ReleaseRow,
} from '../rows';
import { itemFromRow } from '../rows';
import type { StoredReleaseWithChecklist } from '../types';
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
    db<ReleaseComponentRow>(TABLES.components).where({ release_id: id }),
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
