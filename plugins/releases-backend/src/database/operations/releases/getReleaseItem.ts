import type { Knex } from 'knex';
import {
  type ChecklistItemRow,
  itemFromRow,
  type ReleaseRow,
} from '../../rows';
import type { StoredReleaseItem } from '../../types';
import { componentRowsOf } from '../componentRows';
import { releaseFromRow } from '../mapRelease';
import { TABLES } from '../tables';

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
