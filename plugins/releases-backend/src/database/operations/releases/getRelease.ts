import type { Knex } from 'knex';
import {
  type ChecklistItemRow,
  itemFromRow,
  type ReleaseRow,
} from '../../rows';
import type { StoredReleaseWithChecklist } from '../../types';
import { failedChecks } from '../checks/failedChecks';
import { componentRowsOf } from '../componentRows';
import { readFollowUp } from '../followUp/readFollowUp';
import { releaseFromRow } from '../mapRelease';
import { TABLES } from '../tables';

/**
 * One release with its components, checklist, failed checks, decisions and outcome: seven queries
 * whatever the size of the release, the last six run together.
 */
export async function getRelease(
  db: Knex,
  id: string,
): Promise<StoredReleaseWithChecklist | undefined> {
  const row = await db<ReleaseRow>(TABLES.releases).where({ id }).first();
  if (!row) {
    return undefined;
  }
  const [components, items, failed, followUp] = await Promise.all([
    componentRowsOf(db, [id]),
    db<ChecklistItemRow>(TABLES.items)
      .where({ release_id: id })
      .orderBy([
        { column: 'position', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]),
    failedChecks(db, [id]),
    readFollowUp(db, id),
  ]);
  return {
    ...releaseFromRow(row, components),
    checklist: items.map(itemFromRow),
    failedChecks: failed.map(({ releaseId: _, ...check }) => check),
    ...followUp,
  };
}
