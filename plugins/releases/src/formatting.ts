import { DateTime } from 'luxon';

/** "Tue 3 Dec, 09:00 – 13:00" or across days "Tue 3 Dec 22:00 – Wed 4 Dec 02:00", in the viewer's zone. */
export function formatWindow(windowStart: string, windowEnd: string): string {
  const start = DateTime.fromISO(windowStart);
  const end = DateTime.fromISO(windowEnd);
  const day = 'ccc d LLL';
  if (start.hasSame(end, 'day')) {
    return `${start.toFormat(day)}, ${start.toFormat('HH:mm')} – ${end.toFormat(
      'HH:mm',
    )}`;
  }
  return `${start.toFormat(`${day} HH:mm`)} – ${end.toFormat(`${day} HH:mm`)}`;
}

/** "in 3 days", "2 hours ago". */
export function formatRelative(
  iso: string,
  now: DateTime = DateTime.now(),
): string {
  return DateTime.fromISO(iso).toRelative({ base: now }) ?? iso;
}
