import { InputError } from '@backstage/errors';
import type { Knex } from 'knex';
import { MAX_RELEASE_WINDOW_MS } from '@releasekit/plugin-releases-common';
import {
  CALENDAR_RELEASE_COLUMNS,
  type CalendarReleaseRow,
  RELEASE_SUMMARY_COLUMNS,
  type ReleaseSummaryRow,
} from '../rows';
import type {
  CalendarReleaseRequest,
  CalendarReleaseResult,
  ChecklistCounts,
  ReleaseFilter,
  ReleaseListRequest,
  ReleaseListResult,
  StoredComponent,
} from '../types';
import { componentRowsOf } from './componentRows';
import {
  calendarReleaseFromRow,
  groupComponents,
  summaryFromRow,
} from './mapRelease';
import { applyReadScope } from './permissionCriteria';
import { readinessCounts } from './readinessCounts';
import { componentsOfRelease, joinReleasesIncluding } from './releaseScope';
import { TABLES } from './tables';

interface Cursor {
  windowStart: number;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
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

/**
 * Escapes LIKE wildcards so that a search for "50%" matches the text "50%". The escape character is
 * `!` rather than a backslash, which MySQL would read as an escape inside the string literal itself.
 */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, c => `!${c}`)}%`;
}

export function applyReleaseFilter(
  query: Knex.QueryBuilder,
  db: Knex,
  filter: ReleaseFilter,
): Knex.QueryBuilder {
  if (filter.entityRef) {
    joinReleasesIncluding(query, db, filter.entityRef);
  }
  if (filter.entityRefs) {
    query.whereExists(
      componentsOfRelease(db).whereIn('entity_ref', filter.entityRefs),
    );
  }
  if (filter.owner) {
    query.where(`${TABLES.releases}.owner`, filter.owner);
  }
  if (filter.statuses?.length) {
    query.whereIn(`${TABLES.releases}.status`, filter.statuses);
  }
  // Windows overlap the range [from, to) when they end after it starts and start before it ends.
  // No window lasts longer than MAX_RELEASE_WINDOW_MS, so an overlapping one also starts after
  // `from - MAX_RELEASE_WINDOW_MS`: that lower bound keeps the scan of the (window_start, id) index
  // to the range and its margin instead of all the history before it.
  if (filter.from !== undefined) {
    query
      .where(`${TABLES.releases}.window_end`, '>', filter.from)
      .where(
        `${TABLES.releases}.window_start`,
        '>',
        filter.from - MAX_RELEASE_WINDOW_MS,
      );
  }
  if (filter.to !== undefined) {
    query.where(`${TABLES.releases}.window_start`, '<', filter.to);
  }
  applyReadScope(query, db, filter.readScope);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    // LOWER on both sides: PostgreSQL's LIKE is case sensitive, MySQL's and SQLite's are not.
    query.andWhere(inner =>
      inner
        .whereRaw(`LOWER(??) LIKE ? ESCAPE '!'`, [
          `${TABLES.releases}.title`,
          pattern,
        ])
        .orWhereRaw(`LOWER(??) LIKE ? ESCAPE '!'`, [
          `${TABLES.releases}.version`,
          pattern,
        ]),
    );
  }
  return query;
}

interface ReleasePage<Row> {
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
async function readReleasePage<Row extends { id: string }>(
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

/** A page of release summaries for lists, with a cursor to the next page. */
export async function listReleases(
  db: Knex,
  request: ReleaseListRequest,
): Promise<ReleaseListResult> {
  const page = await readReleasePage<ReleaseSummaryRow>(
    db,
    RELEASE_SUMMARY_COLUMNS,
    request.filter,
    request.limit,
    request.cursor,
  );
  const last = page.rows[page.rows.length - 1];
  return {
    items: page.rows.map(row =>
      summaryFromRow(row, page.components.get(row.id), page.counts.get(row.id)),
    ),
    nextCursor:
      page.more && last
        ? encodeCursor({ windowStart: Number(last.window_start), id: last.id })
        : undefined,
  };
}

/**
 * The releases of a calendar range: the columns it shows, mapped straight to one object per release
 * (a month of a large organisation holds hundreds).
 */
export async function listCalendarReleases(
  db: Knex,
  request: CalendarReleaseRequest,
): Promise<CalendarReleaseResult> {
  const page = await readReleasePage<CalendarReleaseRow>(
    db,
    CALENDAR_RELEASE_COLUMNS,
    request.filter,
    request.limit,
  );
  return {
    releases: page.rows.map(row =>
      calendarReleaseFromRow(
        row,
        page.components.get(row.id),
        page.counts.get(row.id),
      ),
    ),
    truncated: page.more,
  };
}
