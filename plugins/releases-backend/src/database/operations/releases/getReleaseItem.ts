import type { Knex } from 'knex';
import {
  type ChecklistItemRow,
  itemFromRow,
  type ReleaseComponentRow,
  type ReleaseRow,
} from '../../rows';
import type { StoredReleaseItem } from '../../types';
import { componentRowsOf } from '../componentRows';
import { releaseFromRow } from '../mapRelease';
import { TABLES } from '../tables';
import { isPostgres } from '../dialect';

/**
 * One release with its components, and one of its checklist items: what a tick's permission check
 * and the service need, instead of the six queries of a whole release with its checklist and
 * follow-up. On PostgreSQL one statement (the components and the item as JSON beside the release
 * row): a tick is then two round trips, this read and its one write. Elsewhere three queries run
 * together (SQLite runs in-process, where a statement costs no round trip).
 */
export async function getReleaseItem(
  db: Knex,
  id: string,
  itemId: string,
): Promise<StoredReleaseItem | undefined> {
  const read = isPostgres(db)
    ? await readAsOneStatement(db, id, itemId)
    : await readTogether(db, id, itemId);
  if (!read) return undefined;
  const { row, components, item } = read;
  return {
    release: releaseFromRow(row, components),
    // Compared here too: MySQL compares strings case-insensitively, the API does not.
    item: item && item.id === itemId ? itemFromRow(item) : undefined,
  };
}

interface Read {
  row: ReleaseRow;
  components: ReleaseComponentRow[];
  item?: ChecklistItemRow;
}

async function readTogether(
  db: Knex,
  id: string,
  itemId: string,
): Promise<Read | undefined> {
  const [row, components, item] = await Promise.all([
    db<ReleaseRow>(TABLES.releases).where({ id }).first(),
    componentRowsOf(db, [id]),
    db<ChecklistItemRow>(TABLES.items)
      .where({ release_id: id, id: itemId })
      .first(),
  ]);
  return row ? { row, components, item } : undefined;
}

/**
 * PostgreSQL: the release row with its components (json_agg, in position order) and the item
 * (row_to_json). JSON gives the bigint columns as numbers where the driver gives strings; the row
 * mappers take either.
 */
async function readAsOneStatement(
  db: Knex,
  id: string,
  itemId: string,
): Promise<Read | undefined> {
  const { rows } = await db.raw(
    `SELECT r.*,
       (SELECT json_agg(c ORDER BY c.position) FROM ?? c WHERE c.release_id = r.id) AS components_json,
       (SELECT row_to_json(i) FROM ?? i WHERE i.release_id = r.id AND i.id = ?) AS item_json
     FROM ?? r WHERE r.id = ?`,
    [TABLES.components, TABLES.items, itemId, TABLES.releases, id],
  );
  if (!rows.length) return undefined;
  const { components_json, item_json, ...row } = rows[0];
  return {
    row,
    components: components_json ?? [],
    item: item_json ?? undefined,
  };
}
