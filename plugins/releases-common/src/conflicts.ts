import { isActiveStatus } from './lifecycle';
import { isoFromEpochMs } from './isoTime';
import type { Conflict, FreezeOccurrence } from './insightsTypes';
import type { ReleaseStatus } from './types';

/**
 * What conflict detection needs of a release.
 *
 * @public
 */
export interface ConflictRelease {
  id: string;
  title: string;
  version: string;
  status: ReleaseStatus;
  owner: string;
  windowStart: string;
  windowEnd: string;
  components: Array<{
    entityRef: string;
    ownerRef: string | null;
    systemRef: string | null;
  }>;
}

/** @public */
export interface ConflictInput {
  releases: ConflictRelease[];
  freezes: FreezeOccurrence[];
  /** component → components it depends on (catalog dependsOn and API consumption). */
  dependsOn?: Map<string, string[]>;
}

/**
 * A stretch of time in epoch milliseconds, from start to end.
 *
 * @public
 */
export interface Span {
  start: number;
  end: number;
}

function span(startIso: string, endIso: string): Span {
  return { start: Date.parse(startIso), end: Date.parse(endIso) };
}

/**
 * The overlap of two half-open spans [start, end), or undefined when they only touch or miss.
 *
 * @public
 */
export function overlapOf(a: Span, b: Span): Span | undefined {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : undefined;
}

function iso(s: Span) {
  return { start: isoFromEpochMs(s.start), end: isoFromEpochMs(s.end) };
}

function label(r: ConflictRelease) {
  return `${r.title} ${r.version}`;
}

/** The refs a freeze may name that cover a component: itself, its system and its owning group. */
function scopeOf(c: ConflictRelease['components'][number]): string[] {
  return [c.entityRef, c.systemRef, c.ownerRef].filter((r): r is string => !!r);
}

interface Indexed {
  window: Span;
  index: number;
}

/**
 * The pairs [i, j] (i < j) of the given windows that overlap, with their overlap. A sweep over the
 * windows sorted by start compares each window only with those still open when it starts.
 */
function overlappingPairs(windows: Indexed[]): Array<[number, number, Span]> {
  const byStart = [...windows].sort((a, b) => a.window.start - b.window.start);
  const pairs: Array<[number, number, Span]> = [];
  let open: Indexed[] = [];
  for (const current of byStart) {
    open = open.filter(o => o.window.end > current.window.start);
    for (const other of open) {
      const overlap = overlapOf(other.window, current.window);
      if (!overlap) continue;
      pairs.push(
        other.index < current.index
          ? [other.index, current.index, overlap]
          : [current.index, other.index, overlap],
      );
    }
    open.push(current);
  }
  return pairs;
}

/**
 * The overlapping pairs that can be in conflict, in the order of a nested loop over the releases.
 * Without dependencies only releases sharing a component or an owner can collide, so only those
 * groups are swept: a month of a large organisation has thousands of overlapping pairs, few of
 * which share anything.
 */
function candidatePairs(
  releases: Array<{ release: ConflictRelease; window: Span }>,
  withDependencies: boolean,
): Array<[number, number, Span]> {
  const indexed = releases.map(({ window }, index) => ({ window, index }));
  if (withDependencies) {
    return overlappingPairs(indexed).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  }
  const byOwner = new Map<string, Indexed[]>();
  const byComponent = new Map<string, Indexed[]>();
  const join = (
    groups: Map<string, Indexed[]>,
    key: string,
    member: Indexed,
  ) => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [member]);
    else if (group[group.length - 1] !== member) group.push(member);
  };
  for (const member of indexed) {
    const { release } = releases[member.index];
    join(byOwner, release.owner, member);
    for (const c of release.components) join(byComponent, c.entityRef, member);
  }
  const pairs = new Map<number, [number, number, Span]>();
  for (const group of [...byOwner.values(), ...byComponent.values()]) {
    if (group.length < 2) continue;
    for (const pair of overlappingPairs(group)) {
      pairs.set(pair[0] * releases.length + pair[1], pair);
    }
  }
  return [...pairs.values()].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/**
 * Finds the scheduling conflicts among releases that are still to happen or happening (planned or
 * in progress; drafts, finished and cancelled releases do not collide) and the freezes given:
 * - the same component in two releases with overlapping windows;
 * - a release window overlapping a freeze that covers one of its components, their systems or owners;
 * - components that depend on each other, released in overlapping windows by different teams;
 * - one owner running overlapping releases.
 *
 * @public
 */
export function findConflicts(input: ConflictInput): Conflict[] {
  // Windows are parsed once here: a month of a large organisation holds hundreds of releases.
  const releases = input.releases
    .filter(r => isActiveStatus(r.status))
    .map(release => ({
      release,
      window: span(release.windowStart, release.windowEnd),
    }));
  const freezes = input.freezes.map(freeze => ({
    freeze,
    window: span(freeze.start, freeze.end),
  }));
  const conflicts: Conflict[] = [];

  for (const { release, window } of releases) {
    for (const { freeze, window: frozen } of freezes) {
      const overlap = overlapOf(window, frozen);
      if (!overlap) continue;
      const covered =
        freeze.entityRefs.length === 0
          ? release.components.map(c => c.entityRef)
          : release.components
              .filter(c =>
                scopeOf(c).some(ref => freeze.entityRefs.includes(ref)),
              )
              .map(c => c.entityRef);
      if (covered.length === 0) continue;
      conflicts.push({
        kind: 'freeze',
        message: `${label(release)} falls in the freeze "${freeze.title}" (${
          freeze.reason
        })${
          freeze.entityRefs.length === 0
            ? ', which covers the whole organisation'
            : ''
        }`,
        releaseIds: [release.id],
        entityRefs: covered,
        freezeId: freeze.freezeId,
        overlap: iso(overlap),
      });
    }
  }

  for (const [i, j, overlap] of candidatePairs(
    releases,
    input.dependsOn !== undefined,
  )) {
    const a = releases[i].release;
    const b = releases[j].release;
    const ids = [a.id, b.id];

    const aRefs = new Set(a.components.map(c => c.entityRef));
    const shared = b.components
      .map(c => c.entityRef)
      .filter(ref => aRefs.has(ref));
    if (shared.length) {
      conflicts.push({
        kind: 'same_component',
        message: `${label(a)} and ${label(b)} both ship ${shared.join(
          ', ',
        )} in overlapping windows`,
        releaseIds: ids,
        entityRefs: shared,
        overlap: iso(overlap),
      });
    }

    if (a.owner === b.owner) {
      conflicts.push({
        kind: 'owner_overlap',
        message: `${a.owner} runs ${label(a)} and ${label(b)} at the same time`,
        releaseIds: ids,
        entityRefs: [a.owner],
        overlap: iso(overlap),
      });
    }

    if (input.dependsOn) {
      const pairs: string[] = [];
      for (const ca of a.components) {
        for (const cb of b.components) {
          if (ca.entityRef === cb.entityRef || ca.ownerRef === cb.ownerRef)
            continue;
          const linked =
            input.dependsOn.get(ca.entityRef)?.includes(cb.entityRef) ||
            input.dependsOn.get(cb.entityRef)?.includes(ca.entityRef);
          if (linked) pairs.push(ca.entityRef, cb.entityRef);
        }
      }
      if (pairs.length) {
        const refs = [...new Set(pairs)];
        conflicts.push({
          kind: 'dependency_overlap',
          message: `${label(a)} and ${label(
            b,
          )} release components that depend on each other (${refs.join(
            ', ',
          )}), owned by different teams, in overlapping windows`,
          releaseIds: ids,
          entityRefs: refs,
          overlap: iso(overlap),
        });
      }
    }
  }
  return conflicts;
}
