import type { Knex } from 'knex';
import { CALENDAR_RELEASE_COLUMNS, type CalendarReleaseRow } from '../../rows';
import type {
  CalendarReleaseRequest,
  CalendarReleaseResult,
} from '../../types';
import { calendarReleaseFromRow } from '../mapRelease';
import { readReleasePage } from '../releasePage';

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
