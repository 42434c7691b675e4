import type { Knex } from 'knex';
import {
  RELEASE_SUMMARY_COLUMNS,
  type ReleaseRow,
  type ReleaseSummaryRow,
} from '../../rows';
import type { ReleaseListRequest, ReleaseListResult } from '../../types';
import { summaryFromRow } from '../mapRelease';
import { encodeCursor, readReleasePage } from '../releasePage';

type ListRow = ReleaseSummaryRow & Partial<Pick<ReleaseRow, 'description'>>;

/**
 * A page of release summaries for lists, with a cursor to the next page. The description, a long
 * text lists do not show, is read only when asked for: in the same query, not one per release.
 */
export async function listReleases(
  db: Knex,
  request: ReleaseListRequest,
): Promise<ReleaseListResult> {
  const columns = request.withDescription
    ? [...RELEASE_SUMMARY_COLUMNS, 'description']
    : RELEASE_SUMMARY_COLUMNS;
  const page = await readReleasePage<ListRow>(
    db,
    columns,
    request.filter,
    request.limit,
    request.cursor,
  );
  const last = page.rows[page.rows.length - 1];
  return {
    items: page.rows.map(row => {
      const summary = summaryFromRow(
        row,
        page.components.get(row.id),
        page.counts.get(row.id),
      );
      return request.withDescription
        ? { ...summary, description: row.description ?? '' }
        : summary;
    }),
    nextCursor:
      page.more && last
        ? encodeCursor({ windowStart: Number(last.window_start), id: last.id })
        : undefined,
  };
}
