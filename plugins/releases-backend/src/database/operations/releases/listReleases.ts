import type { Knex } from 'knex';
import { RELEASE_SUMMARY_COLUMNS, type ReleaseSummaryRow } from '../../rows';
import type { ReleaseListRequest, ReleaseListResult } from '../../types';
import { summaryFromRow } from '../mapRelease';
import { encodeCursor, readReleasePage } from '../releasePage';

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
