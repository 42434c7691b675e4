import {
  findConflicts,
  isClosedStatus,
  type Conflict,
  type ConflictRelease,
  type FreezeOccurrence,
} from '@releasekit/plugin-releases-common';
import type { ReleaseStore } from '../../database/ReleaseStore';
import type { StoredRelease, StoredReleaseSummary } from '../../database/types';
import type { DefaultFreezeService } from '../DefaultFreezeService';
import { insightRelease } from './insightRelease';

/** Releases that can collide with one another are few per window; this bounds one query. */
export const MAX_NEIGHBOUR_RELEASES = 500;

function toConflictRelease(r: StoredReleaseSummary): ConflictRelease {
  return {
    id: r.id,
    title: r.title,
    version: r.version,
    status: r.status,
    owner: r.owner,
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
    components: r.components,
  };
}

/** Names the other releases and the freeze of a conflict, so that clients need not parse its message. */
function described(
  conflict: Conflict,
  self: string,
  others: StoredReleaseSummary[],
  freezes: FreezeOccurrence[],
  prospective: boolean,
): Conflict {
  const releases = others
    .filter(r => r.id !== self && conflict.releaseIds.includes(r.id))
    .map(insightRelease);
  const freeze = freezes.find(f => f.freezeId === conflict.freezeId);
  return {
    ...conflict,
    releases,
    ...(freeze && {
      freeze: {
        title: freeze.title,
        reason: freeze.reason,
        entityRefs: freeze.entityRefs,
      },
    }),
    ...(prospective && { prospective: true }),
  };
}

/**
 * The conflicts of a release with the planned and in-progress releases overlapping its window and
 * with freezes. A draft takes part in no conflict, yet drafting is when the conflicts matter most: it
 * is checked as if planned, and its conflicts are marked prospective. Drafts are not neighbours, so
 * they never collide with each other. A finished release has none: it is no longer scheduled.
 */
export async function releaseConflicts(
  store: ReleaseStore,
  freezeService: DefaultFreezeService,
  release: StoredRelease,
  dependsOn?: Map<string, string[]>,
): Promise<Conflict[]> {
  if (isClosedStatus(release.status)) return [];
  const prospective = release.status === 'draft';
  const start = Date.parse(release.windowStart);
  const end = Date.parse(release.windowEnd);
  const [neighbours, freezes] = await Promise.all([
    store.listReleases({
      filter: { statuses: ['planned', 'in_progress'], from: start, to: end },
      limit: MAX_NEIGHBOUR_RELEASES,
    }),
    freezeService.occurrences(start, end),
  ]);
  const others = neighbours.items.filter(r => r.id !== release.id);
  const self = toConflictRelease(release);
  return findConflicts({
    releases: [
      prospective ? { ...self, status: 'planned' } : self,
      ...others.map(toConflictRelease),
    ],
    freezes,
    dependsOn,
  })
    .filter(c => c.releaseIds.includes(release.id))
    .map(c => described(c, release.id, others, freezes, prospective));
}
