import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
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

/** Where "now" is relative to a release window: "starts in 3 days", "in its window, ends in 2 hours", "ended 1 day ago". */
export function formatTimeToWindow(
  windowStart: string,
  windowEnd: string,
  now: DateTime = DateTime.now(),
): string {
  const start = DateTime.fromISO(windowStart);
  const end = DateTime.fromISO(windowEnd);
  if (now < start) return `starts ${formatRelative(windowStart, now)}`;
  if (now < end)
    return `in its window now, ends ${formatRelative(windowEnd, now)}`;
  return `window ended ${formatRelative(windowEnd, now)}`;
}

const LOCAL_INPUT_FORMAT = "yyyy-LL-dd'T'HH:mm";

/** An ISO timestamp as a `datetime-local` input value, in the viewer's zone. */
export function toLocalInputValue(iso: string): string {
  const value = DateTime.fromISO(iso);
  return value.isValid ? value.toFormat(LOCAL_INPUT_FORMAT) : '';
}

/** A `datetime-local` input value as ISO 8601 with the viewer's offset, or undefined when incomplete. */
export function fromLocalInputValue(local: string): string | undefined {
  if (!local) return undefined;
  const value = DateTime.fromISO(local);
  return value.isValid
    ? value.toISO({ suppressMilliseconds: true }) ?? undefined
    : undefined;
}

/**
 * An entity as people name it in a sentence: "payment-gateway" for a component of the default
 * namespace. A ref that does not parse is said as it is.
 */
export function entityNameOf(ref: string, defaultKind = 'component'): string {
  try {
    return humanizeEntityRef(parseEntityRef(ref), { defaultKind });
  } catch {
    return ref;
  }
}

/** Entities named as English lists them: "a", "a and b", "a, b and c". */
export function entityNamesOf(
  refs: string[],
  defaultKind = 'component',
): string {
  const names = refs.map(ref => entityNameOf(ref, defaultKind));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
