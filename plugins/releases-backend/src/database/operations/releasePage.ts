import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { ChecklistCounts, ReleaseFilter, StoredComponent } from '../types';
import { componentRowsOf } from './componentRows';
import { groupComponents } from './mapRelease';
import { readinessCounts } from './readinessCounts';
import { applyReleaseFilter } from './releaseFilter';
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
 */
export async function readReleasePage<Row extends { id: string }>(
  db: Knex,
  columns: readonly string[],
  filter: ReleaseFilter,
  limit: number,
  cursor?: string,
): Promise<ReleasePage<Row>> {
  const query = db(TABLES.releases).select(
    columns.map(column => `${TABLES.releases}.${column}`),
  );
  applyReleaseFilter(query, db, filter);
  if (cursor) {
    const after = decodeCursor(cursor);
    query.andWhere(inner =>
      inner
        .where(`${TABLES.releases}.window_start`, '<', after.windowStart)
        .orWhere(same =>
          same
            .where(`${TABLES.releases}.window_start`, '=', after.windowStart)
            .andWhere(`${TABLES.releases}.id`, '<', after.id),
        ),
    );
  }
  const rows: Row[] = await query
    .orderBy([
      { column: `${TABLES.releases}.window_start`, order: 'desc' },
      { column: `${TABLES.releases}.id`, order: 'desc' },
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
