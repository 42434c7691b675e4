import { InputError } from '@backstage/errors';
import {
  type Calendar,
  findConflicts,
} from '@releasekit/plugin-releases-common';
import type { ReleaseStore } from '../database/ReleaseStore';
import type { ReleaseReadScope } from '../database/types';
import type { CalendarQuery, CalendarService } from './CalendarService';
import type { ReadOptions } from './ReleaseService';
import { normalizeEntityRef } from './entityRefs';
import type { DefaultFreezeService } from './DefaultFreezeService';
import { toCalendarRelease } from './toRelease';
import { parseTimestamp } from './windows';

/** The most releases one calendar answer carries; a month of a large organisation stays well below. */
export const MAX_CALENDAR_RELEASES = 2000;
/** The longest range one calendar answer covers. */
const MAX_RANGE_MS = 500 * 86_400_000;

/**
 * The org-wide calendar: releases whose windows overlap a range, freeze occurrences in it (recurring
 * ones expanded) and the conflicts among them. A fixed number of indexed queries: one page of
 * releases with its components and counts (three), and the freezes (one). Conflicts here are those
 * the database can tell (same component, freeze, same owner); conflicts through catalog
 * dependencies are in each release's insights.
 */
export class DefaultCalendarService implements CalendarService {
  constructor(
    private readonly store: ReleaseStore,
    private readonly freezes: DefaultFreezeService,
  ) {}

  calendar(
    query: CalendarQuery,
    { readScope }: ReadOptions,
  ): Promise<Calendar> {
    return this.calendarWithin(query, readScope);
  }

  /** The calendar of what `readScope` lets be read; a feed has no caller, only its stored scope. */
  async calendarWithin(
    query: CalendarQuery,
    readScope: ReleaseReadScope | undefined,
  ): Promise<Calendar> {
    const from = parseTimestamp(query.from, 'from');
    const to = parseTimestamp(query.to, 'to');
    if (to <= from) throw new InputError('to: must be after from');
    if (to - from > MAX_RANGE_MS)
      throw new InputError('to: the range can span at most 500 days');

    const [page, freezes] = await Promise.all([
      this.store.listCalendarReleases({
        filter: {
          readScope,
          from,
          to,
          owner: query.owner
            ? normalizeEntityRef(query.owner, 'owner')
            : undefined,
          entityRef: query.entityRef
            ? normalizeEntityRef(query.entityRef, 'entityRef')
            : undefined,
        },
        limit: MAX_CALENDAR_RELEASES,
      }),
      this.freezes.occurrences(from, to),
    ]);
    const conflicts = findConflicts({ releases: page.releases, freezes });
    return {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      releases: page.releases.map(toCalendarRelease),
      freezes,
      conflicts,
      truncated: page.truncated,
    };
  }
}
