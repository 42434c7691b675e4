import { InputError } from '@backstage/errors';
import {
  MAX_RELEASE_WINDOW_DAYS,
  MAX_RELEASE_WINDOW_MS,
} from '@releasekit/plugin-releases-common';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';

export interface WindowInput {
  windowStart: string;
  windowEnd?: string;
  duration?: HumanDuration;
}

// The API's timestamps: ISO 8601 with a time-zone offset (a time without one means a different
// instant on every machine, so it is refused rather than guessed).
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function parseTimestamp(value: string, field: string): number {
  const ms = Date.parse(value);
  if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(ms)) {
    throw new InputError(
      `${field}: "${value}" is not an ISO 8601 date-time with an offset, like 2027-03-01T09:00:00Z`,
    );
  }
  return ms;
}

/**
 * The window to send: the given end, or the start plus the duration. The Releases API judges the
 * window of a real run itself (its refusal is the step's error), so only what it cannot see is
 * checked here: one of end and duration, and a duration that can be added.
 */
export function windowToSend(input: WindowInput): {
  windowStart: string;
  windowEnd: string;
} {
  if (input.windowEnd && input.duration) {
    throw new InputError(
      'windowEnd, duration: give one of them, not both (the window ends at windowEnd, or lasts duration)',
    );
  }
  if (input.windowEnd) {
    return { windowStart: input.windowStart, windowEnd: input.windowEnd };
  }
  if (!input.duration) {
    throw new InputError(
      'windowEnd, duration: give one of them, to say when the window ends',
    );
  }
  const length = durationToMilliseconds(input.duration);
  if (!(length > 0)) {
    throw new InputError('duration: must be longer than nothing');
  }
  const start = parseTimestamp(input.windowStart, 'windowStart');
  return {
    windowStart: input.windowStart,
    windowEnd: new Date(start + length).toISOString(),
  };
}

/**
 * What a dry run checks of the window, in the API's words, since it does not ask the API: valid
 * timestamps, an end after the start, and a release window rather than a project.
 */
export function assertValidWindow(window: {
  windowStart: string;
  windowEnd: string;
}): void {
  const start = parseTimestamp(window.windowStart, 'windowStart');
  const end = parseTimestamp(window.windowEnd, 'windowEnd');
  if (end <= start) {
    throw new InputError('windowEnd: must be after windowStart');
  }
  if (end - start > MAX_RELEASE_WINDOW_MS) {
    throw new InputError(
      `windowEnd: a release window can last at most ${MAX_RELEASE_WINDOW_DAYS} days; plan a longer piece of work as several releases`,
    );
  }
}
