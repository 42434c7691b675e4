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
 * Several checklist items, each with its release and the release's components: three queries run
 * together, however many items and releases (authorising a check result that settles items in many
 * releases at once). Items or releases that no longer exist are left out.
 */
export async function getReleaseItems(
  db: Knex,
  pairs: Array<{ releaseId: string; itemId: string }>,
): Promise<StoredReleaseItem[]> {
  if (pairs.length === 0) return [];
  const releaseIds = [...new Set(pairs.map(p => p.releaseId))];
  const [rows, components, items] = await Promise.all([
    db<ReleaseRow>(TABLES.releases).whereIn('id', releaseIds),
    componentRowsOf(db, releaseIds),
    db<ChecklistItemRow>(TABLES.items)
      .whereIn('release_id', releaseIds)
      .whereIn(
        'id',
        pairs.map(p => p.itemId),
      ),
  ]);
  const releases = new Map(
    rows.map(row => [
      row.id,
      releaseFromRow(
        row,
        components.filter(c => c.release_id === row.id),
      ),
    ]),
  );
  const result: StoredReleaseItem[] = [];
  for (const { releaseId, itemId } of pairs) {
    const release = releases.get(releaseId);
    // Compared here too: MySQL compares strings case-insensitively, the API does not.
    const item = items.find(i => i.id === itemId && i.release_id === releaseId);
    if (release && item) result.push({ release, item: itemFromRow(item) });
  }
  return result;
}
