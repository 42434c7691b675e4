import type { Knex } from 'knex';
import { MAX_RELEASE_WINDOW_MS } from '@releasekit/plugin-releases-common';
import type { ReleaseFilter } from '../types';
import { applyReadScope } from './permissionCriteria';
import { componentsOfRelease, joinReleasesIncluding } from './releaseScope';
import { TABLES } from './tables';

/**
 * Escapes LIKE wildcards so that a search for "50%" matches the text "50%". The escape character is
 * `!` rather than a backslash, which MySQL would read as an escape inside the string literal itself.
 */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, c => `!${c}`)}%`;
}

/** Restricts a query over releases to those matching a filter: the WHERE of lists, the calendar and metrics. */
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
