import { InputError } from '@backstage/errors';
import { DateTime } from 'luxon';
import {
  isoFromEpochMs,
  MAX_RELEASE_WINDOW_DAYS,
  MAX_RELEASE_WINDOW_MS,
} from '@releasekit/plugin-releases-common';

// Offsets the world uses run from -12:00 to +14:00; -14:00 is allowed for symmetry. Anything beyond
// (+99:00) is a typo that luxon would otherwise apply, silently moving the time by days.
const MAX_OFFSET_MINUTES = 14 * 60;
const OFFSET = /([+-])(\d{2}):?(\d{2})$/;
// Release plans and their queries live in these years; year 1 or 9999 is a typo, and would give
// metrics negative lead times or put a release outside every range.
const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2999;

/**
 * Parses an ISO 8601 timestamp with an offset into epoch ms; the API stores every time in UTC. The
 * one timestamp rule of the API: a valid date-time, a real time-zone offset, a sane year.
 */
export function parseTimestamp(value: string, field: string): number {
  const ms = parseIso(value, field);
  const year = new Date(ms).getUTCFullYear();
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    throw new InputError(
      `${field}: year ${year} is out of range (${EARLIEST_YEAR} to ${LATEST_YEAR})`,
    );
  }
  return ms;
}

function parseIso(value: string, field: string): number {
  // What browsers send (toISOString's own form) is read by Date.parse and accepted only when it
  // formats back to the same text, which also refuses a day that rolls over such as 02-30. That
  // costs a microsecond, where luxon costs about a hundred on a busy backend; every other form of
  // ISO 8601 goes through luxon.
  const ms = Date.parse(value);
  if (value.length === 24 && !Number.isNaN(ms) && isoFromEpochMs(ms) === value)
    return ms;
  const offset = OFFSET.exec(value);
  if (
    offset &&
    Number(offset[2]) * 60 + Number(offset[3]) > MAX_OFFSET_MINUTES
  ) {
    throw new InputError(
      `${field}: ${offset[0]} is not a time-zone offset (they run from -14:00 to +14:00)`,
    );
  }
  if (offset && Number(offset[3]) > 59) {
    throw new InputError(`${field}: ${offset[0]} is not a time-zone offset`);
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid) {
    throw new InputError(`${field}: "${value}" is not an ISO 8601 date-time`);
  }
  return parsed.toMillis();
}

export function parseWindow(
  windowStart: string,
  windowEnd: string,
  startField = 'windowStart',
  endField = 'windowEnd',
): { start: number; end: number } {
  const start = parseTimestamp(windowStart, startField);
  const end = parseTimestamp(windowEnd, endField);
  if (end <= start) {
    throw new InputError(`${endField}: must be after ${startField}`);
  }
  return { start, end };
}

/** A release window: a valid span of at most MAX_RELEASE_WINDOW_DAYS (see releases-common). */
export function parseReleaseWindow(
  windowStart: string,
  windowEnd: string,
): { start: number; end: number } {
  const window = parseWindow(windowStart, windowEnd);
  if (window.end - window.start > MAX_RELEASE_WINDOW_MS) {
    throw new InputError(
      `windowEnd: a release window can last at most ${MAX_RELEASE_WINDOW_DAYS} days; plan a longer piece of work as several releases`,
    );
  }
  return window;
}

/** "2 days 3 hours later", for activity summaries of a moved window. */
export function describeShift(fromMs: number, toMs: number): string {
  const diff = toMs - fromMs;
  if (diff === 0) return 'unchanged';
  const duration = DateTime.fromMillis(toMs)
    .diff(DateTime.fromMillis(fromMs), ['days', 'hours', 'minutes'])
    .shiftTo('days', 'hours', 'minutes');
  const parts = (['days', 'hours', 'minutes'] as const)
    .map(unit => [Math.abs(Math.round(duration.get(unit))), unit] as const)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${n === 1 ? unit.slice(0, -1) : unit}`);
  return `${parts.join(' ')} ${diff > 0 ? 'later' : 'earlier'}`;
}
