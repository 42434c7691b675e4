import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';
import { MAX_RELEASE_WINDOW_MS } from '@releasekit/plugin-releases-common';
import type { ChecklistCounts, ReleaseFilter, StoredComponent } from '../types';
import { componentRowsOf } from './componentRows';
import { groupComponents } from './mapRelease';
import { readinessCounts } from './readinessCounts';
import { applyReleaseFilter } from './releaseFilter';
import { ENTITY_ROWS, entityRowsInWindowOrder } from './releaseScope';
import { TABLES } from './tables';

export interface Cursor {
  windowStart: number;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.windowStart, cursor.id])).toString(
    'base64url',
  );
}

function decodeCursor(text: string): Cursor {
  try {
    const [windowStart, id] = JSON.parse(
      Buffer.from(text, 'base64url').toString('utf8'),
    );
    if (typeof windowStart === 'number' && typeof id === 'string') {
      return { windowStart, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError('cursor is not one this API handed out');
}

export interface ReleasePage<Row> {
  rows: Row[];
  components: Map<string, StoredComponent[]>;
  counts: Map<string, ChecklistCounts>;
  /** Whether more releases match after this page. */
  more: boolean;
}

/**
 * A page of releases, newest window first, ordered by (window_start, id) so that the order is stable
 * and a cursor resumes exactly after the last row. Three queries per page whatever its size: the page,
 * its components, and the checklist counts.
 *
 * An entity's releases are read from its component rows, which carry a copy of the window start: in
 * the order of their (entity_ref or system_ref, window_start, release_id) index, so the page stops at
 * `limit + 1` releases instead of sorting all of the entity's (see entityRowsInWindowOrder).
 */
export async function readReleasePage<Row extends { id: string }>(
  db: Knex,
  columns: readonly string[],
  filter: ReleaseFilter,
  limit: number,
  cursor?: string,
): Promise<ReleasePage<Row>> {
  const selected = columns.map(column => `${TABLES.releases}.${column}`);
  const fromEntity = filter.entityRef !== undefined && filter.entityRef !== '';
  const query = fromEntity
    ? entityRowsInWindowOrder(db, filter.entityRef!).select(selected)
    : db(TABLES.releases).select(selected);
  applyReleaseFilter(
    query,
    db,
    fromEntity ? { ...filter, entityRef: undefined } : filter,
  );
  // The same values either way (the component rows' copy is the release's window start).
  const order = fromEntity
    ? {
        windowStart: `${ENTITY_ROWS}.window_start`,
        id: `${ENTITY_ROWS}.release_id`,
      }
    : {
        windowStart: `${TABLES.releases}.window_start`,
        id: `${TABLES.releases}.id`,
      };
  if (fromEntity) {
    // The filter's bounds on the release's window start, on the copy too: an index range instead of
    // every release of the entity joined and then filtered (the calendar of one entity).
    if (filter.from !== undefined) {
      query.where(order.windowStart, '>', filter.from - MAX_RELEASE_WINDOW_MS);
    }
    if (filter.to !== undefined) query.where(order.windowStart, '<', filter.to);
  }
  if (cursor) {
    const after = decodeCursor(cursor);
    query
      // Redundant with the OR below, but a plain bound the index range can start from.
      .where(order.windowStart, '<=', after.windowStart)
      .andWhere(inner =>
        inner
          .where(order.windowStart, '<', after.windowStart)
          .orWhere(same =>
            same
              .where(order.windowStart, '=', after.windowStart)
              .andWhere(order.id, '<', after.id),
          ),
      );
  }
  const rows: Row[] = await query
    .orderBy([
      { column: order.windowStart, order: 'desc' },
      { column: order.id, order: 'desc' },
    ])
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const ids = page.map(r => r.id);
  const [componentRows, counts] = await Promise.all([
    componentRowsOf(db, ids),
    readinessCounts(db, ids),
  ]);
  return {
    rows: page,
    components: groupComponents(componentRows),
    counts,
    more: rows.length > limit,
  };
}
