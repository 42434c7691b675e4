import type { Conflict, FreezeOccurrence } from './insightsTypes';
import type { CalendarRelease } from './types';

/**
 * The range and filters of GET /calendar.
 *
 * @public
 */
export interface CalendarQuery {
  /** Start of the range, ISO 8601 (inclusive). */
  from: string;
  /** End of the range, ISO 8601 (exclusive). */
  to: string;
  owner?: string;
  /** A component, or a system (then its components' releases). */
  entityRef?: string;
}

/**
 * What GET /calendar answers: releases overlapping the range, freeze occurrences in it and conflicts.
 *
 * @public
 */
export interface Calendar {
  from: string;
  to: string;
  releases: CalendarRelease[];
  freezes: FreezeOccurrence[];
  conflicts: Conflict[];
  /** True when the range holds more releases than one answer carries. */
  truncated: boolean;
}
