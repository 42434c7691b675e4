import type { Calendar } from '@releasekit/plugin-releases-common';
import type { GetCalendar } from '../schema/openapi';
import type { ReadOptions } from './ReleaseService';

/** The query of GET /calendar, as the spec declares it. */
export type CalendarQuery = GetCalendar['query'];

/** The org-wide calendar: releases, freeze occurrences and conflicts in a range. */
export interface CalendarService {
  calendar(query: CalendarQuery, options: ReadOptions): Promise<Calendar>;
}
