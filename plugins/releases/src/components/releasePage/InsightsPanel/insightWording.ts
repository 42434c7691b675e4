import { DateTime, Interval } from 'luxon';
import { formatRelative } from '../../../formatting';

/*
 * Dates and counts in the insights, in the viewer's words: dates in their locale and time zone
 * (luxon formats through Intl.DateTimeFormat and Intl.RelativeTimeFormat), counts through
 * Intl.PluralRules. The sentences themselves are English, so the plural rules are English's.
 */

const englishPlurals = new Intl.PluralRules('en');

/** `one` for a count of one, `other` otherwise: "depends"/"depend", "conflict"/"conflicts". */
export function plural(count: number, one: string, other: string): string {
  return englishPlurals.select(count) === 'one' ? one : other;
}

/** "1 conflict", "3 conflicts". */
export function countOf(count: number, one: string, other: string): string {
  return `${count} ${plural(count, one, other)}`;
}

/** "Mon, Mar 1, 2027, 10:00 AM", as the viewer's locale writes it, in their zone. */
export function formatMoment(iso: string): string {
  return DateTime.fromISO(iso).toLocaleString(
    DateTime.DATETIME_MED_WITH_WEEKDAY,
  );
}

/** "Mar 1, 2027, 10:00 AM – 12:00 PM": the day once when the span stays within it. */
export function formatSpan(startIso: string, endIso: string): string {
  return Interval.fromDateTimes(
    DateTime.fromISO(startIso),
    DateTime.fromISO(endIso),
  ).toLocaleString(DateTime.DATETIME_MED);
}

/** Where now stands to a span: "starts in 3 days", "under way, ends in 2 hours", "ended 4 days ago". */
export function relativeSpan(
  startIso: string,
  endIso: string,
  now: DateTime = DateTime.now(),
): string {
  if (now < DateTime.fromISO(startIso))
    return `starts ${formatRelative(startIso, now)}`;
  if (now < DateTime.fromISO(endIso))
    return `under way, ends ${formatRelative(endIso, now)}`;
  return `ended ${formatRelative(endIso, now)}`;
}
