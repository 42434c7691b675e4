import {
  type FreezeOccurrence,
  isClosedStatus,
} from '@releasekit/plugin-releases-common';
import type { StoredRelease } from '../../database/types';

/** Where freeze occurrences come from: the FreezeService, with config and API freezes. */
export interface FreezeOccurrences {
  occurrences(from: number, to: number): Promise<FreezeOccurrence[]>;
}

/**
 * Whether a freeze covering the release (one of its components, their systems or owning groups, as
 * conflicts count them, or the whole organisation) ends within `proximityMs` before its window or
 * starts within it after, without overlapping the window: an overlap is already a `freeze`
 * conflict. A release so close to a freeze has no room to slip or to roll back calmly. A finished
 * release is no longer scheduled and is near nothing.
 */
export async function isNearFreeze(
  release: StoredRelease,
  freezes: FreezeOccurrences,
  proximityMs: number,
): Promise<boolean> {
  if (isClosedStatus(release.status) || proximityMs <= 0) return false;
  const start = Date.parse(release.windowStart);
  const end = Date.parse(release.windowEnd);
  // +1: a freeze starting exactly `proximityMs` after the window is still near it.
  const around = await freezes.occurrences(
    start - proximityMs,
    end + proximityMs + 1,
  );
  const scope = new Set(
    release.components.flatMap(c =>
      [c.entityRef, c.systemRef, c.ownerRef].filter((r): r is string => !!r),
    ),
  );
  return around.some(
    freeze =>
      (freeze.entityRefs.length === 0 ||
        freeze.entityRefs.some(ref => scope.has(ref))) &&
      !(Date.parse(freeze.start) < end && Date.parse(freeze.end) > start),
  );
}
