import {
  findConflicts,
  type Conflict,
  type ConflictRelease,
  type FreezeOccurrence,
} from '@releasekit/plugin-releases-common';
import { demoComponent } from './demoComponents';
import type { DemoRelease } from './demoTypes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How many days the search for a free slot walks before it gives up. */
const SEARCH_DAYS = 120;
/** Monday to Thursday: nobody wants to release into a weekend. */
const WORKDAYS = [1, 2, 3, 4];

/** Where a demo release's window landed, and the conflicts it was meant to have. */
export interface DemoSlot {
  start: number;
  end: number;
  conflicts: Conflict[];
}

/** "Title version": how demo releases name each other, unique among them. */
export function demoLabel(demo: Pick<DemoRelease, 'title' | 'version'>) {
  return `${demo.title} ${demo.version}`;
}

/** Releases that have started (or were called off) lie in the past; the search walks back for them. */
function inThePast(demo: DemoRelease): boolean {
  return ['in_progress', 'released', 'rolled_back', 'cancelled'].includes(
    demo.status,
  );
}

/** Whether a window suits the release's status as seen at `now`. */
function fitsNow(demo: DemoRelease, start: number, end: number, now: number) {
  switch (demo.status) {
    case 'in_progress':
      return start <= now - HOUR;
    case 'released':
    case 'rolled_back':
      // Released (late ones after the window) and the outcome recorded an hour later, all before now.
      return end + (demo.outcome?.lateHours ?? 0) * HOUR + 2 * HOUR <= now;
    case 'cancelled':
      return end <= now;
    default:
      return start >= now + 6 * HOUR;
  }
}

function isoWeekday(ms: number): number {
  return new Date(ms).getUTCDay() || 7;
}

function asConflictRelease(
  demo: DemoRelease,
  start: number,
  end: number,
): ConflictRelease {
  return {
    id: demoLabel(demo),
    title: demo.title,
    version: demo.version,
    // Every demo window is checked as if planned: finished ones should not have collided either.
    status: 'planned',
    owner: `group:default/${demo.ownerTeam}`,
    windowStart: new Date(start).toISOString(),
    windowEnd: new Date(end).toISOString(),
    components: demo.components.map(demoComponent),
  };
}

const conflictKey = (c: Pick<Conflict, 'kind' | 'releaseIds'>) =>
  `${c.kind}:${[...c.releaseIds].sort().join('|')}`;

/**
 * The conflicts a group of releases is meant to have: its freeze overrides and deliberate overlaps.
 * A portal configured without freezes has nothing to override, so there the override is dropped.
 */
function intendedConflicts(group: DemoRelease[], freezes: Frozen): string[] {
  return group
    .flatMap(demo => [
      ...(demo.freezeOverride && freezes.length > 0
        ? [conflictKey({ kind: 'freeze', releaseIds: [demoLabel(demo)] })]
        : []),
      ...(demo.overlaps
        ? [
            conflictKey({
              kind: 'same_component',
              releaseIds: [demoLabel(demo), demo.overlaps.release],
            }),
          ]
        : []),
    ])
    .sort();
}

/** Freeze occurrences with their spans parsed once. */
type Frozen = Array<{
  occurrence: FreezeOccurrence;
  start: number;
  end: number;
}>;

const spanOf = (r: { windowStart: string; windowEnd: string }) => ({
  start: Date.parse(r.windowStart),
  end: Date.parse(r.windowEnd),
});

/**
 * The conflicts the candidates would have with the releases placed so far and the freezes. Only
 * what overlaps the candidates' span can collide with them, so only that is handed to findConflicts:
 * the search tries many days against months of weekly freezes.
 */
function conflictsOf(
  candidates: ConflictRelease[],
  placed: ConflictRelease[],
  freezes: Frozen,
): Conflict[] {
  const spans = candidates.map(spanOf);
  const span = {
    start: Math.min(...spans.map(s => s.start)),
    end: Math.max(...spans.map(s => s.end)),
  };
  const near = (s: { start: number; end: number }) =>
    s.start < span.end && s.end > span.start;
  const ids = new Set(candidates.map(c => c.id));
  return findConflicts({
    releases: [...placed.filter(r => near(spanOf(r))), ...candidates],
    freezes: freezes.filter(near).map(f => f.occurrence),
  }).filter(c => c.releaseIds.some(id => ids.has(id)));
}

/**
 * The windows of a release and those overlapping it on purpose, on the first allowed day from the
 * lead's day (back for releases that have started, forward for the rest) on which they collide with
 * nothing but what they intend; undefined when the search finds none.
 */
function placeGroup(
  group: DemoRelease[],
  placed: ConflictRelease[],
  frozen: Frozen,
  now: number,
): Array<[string, DemoSlot]> | undefined {
  const [lead] = group;
  const today = now - (now % DAY);
  const intended = intendedConflicts(group, frozen).join();
  const step = inThePast(lead) ? -1 : 1;
  for (let d = 0; d < SEARCH_DAYS; d++) {
    const day = today + (lead.window.day + step * d) * DAY;
    if (!(lead.window.weekdays ?? WORKDAYS).includes(isoWeekday(day))) {
      continue;
    }
    const windows = group.map(demo => {
      const start =
        day +
        lead.window.hour * HOUR +
        (demo.overlaps ? demo.overlaps.offsetHours * HOUR : 0);
      return { demo, start, end: start + demo.window.hours * HOUR };
    });
    if (!windows.every(w => fitsNow(w.demo, w.start, w.end, now))) {
      continue;
    }
    const candidates = windows.map(w =>
      asConflictRelease(w.demo, w.start, w.end),
    );
    const conflicts = conflictsOf(candidates, placed, frozen);
    if (conflicts.map(conflictKey).sort().join() === intended) {
      placed.push(...candidates);
      return windows.map(({ demo, start, end }) => [
        demoLabel(demo),
        {
          start,
          end,
          conflicts: conflicts.filter(c =>
            c.releaseIds.includes(demoLabel(demo)),
          ),
        },
      ]);
    }
  }
  return undefined;
}

/**
 * Picks every demo release's window, relative to `now`: on an allowed weekday at its hour, clear of
 * the freezes and of every other demo release (the same component or the same owning team in an
 * overlapping window), except for the collisions a release declares on purpose. A release that
 * overlaps another is placed together with it. The search starts at the release's day and walks
 * back for releases that have started, forward for the rest, so that whatever day of the week or
 * year the demo starts on, the calendar shows the deliberate conflicts and nothing else.
 */
export function scheduleDemoReleases(
  releases: DemoRelease[],
  now: number,
  freezes: FreezeOccurrence[],
): Map<string, DemoSlot> {
  if (new Set(releases.map(demoLabel)).size !== releases.length) {
    throw new Error('Demo releases must differ in title or version');
  }
  const frozen: Frozen = freezes.map(occurrence => ({
    occurrence,
    ...spanOf({ windowStart: occurrence.start, windowEnd: occurrence.end }),
  }));
  const placed: ConflictRelease[] = [];
  const slots = new Map<string, DemoSlot>();
  for (const lead of releases.filter(r => !r.overlaps)) {
    const group = [
      lead,
      ...releases.filter(r => r.overlaps?.release === demoLabel(lead)),
    ];
    const found = placeGroup(group, placed, frozen, now);
    if (!found) {
      throw new Error(
        `No window for the demo release ${demoLabel(
          lead,
        )} within ${SEARCH_DAYS} days of its day`,
      );
    }
    found.forEach(([label, slot]) => slots.set(label, slot));
  }
  const orphans = releases.filter(r => !slots.has(demoLabel(r)));
  if (orphans.length) {
    throw new Error(
      `Demo releases overlap releases that do not exist: ${orphans
        .map(demoLabel)
        .join(', ')}`,
    );
  }
  return slots;
}
