import {
  computeReadiness,
  STATUS_LABELS,
  statusAfterOutcome,
  type ChecklistItemState,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type {
  NewChecklistItem,
  NewDecision,
  ReleaseChange,
} from '../database/types';
import { memberOf } from './demoComponents';
import type { DemoSlot } from './demoSchedule';
import type { DemoOutcome, DemoRelease } from './demoTypes';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A no-go moves the window this much later. */
export const NO_GO_DELAY = 7 * DAY;
/** Ticks come in this many batches between planning and readiness. */
const TICK_BATCHES = 3;

/** One write of a release's life, in the order it happened. */
export type DemoStep = Omit<ReleaseChange, 'releaseId'>;

/** A demo release as created: its items, when and by whom, and where its window stands. */
export interface CreatedDemoRelease {
  demo: DemoRelease;
  slot: DemoSlot;
  owner: string;
  items: NewChecklistItem[];
  createdAt: number;
  now: number;
}

const STARTED: ReleaseStatus[] = ['in_progress', 'released', 'rolled_back'];

const roundToMinute = (ms: number) => ms - (ms % MINUTE);

/**
 * The states of the items a release has settled: the first share of them, every other optional one
 * of those not applicable (a required item is never waved through).
 */
function settledStates(
  items: NewChecklistItem[],
  fraction: number,
): ChecklistItemState[] {
  const settled = Math.round(items.length * fraction);
  return items.map((item, i) => {
    if (i >= settled) return 'open';
    return !item.required && i % 2 === 1 ? 'not_applicable' : 'done';
  });
}

/** A cancelled release was called off three days before its window. */
const cancelledAt = (slot: DemoSlot) => slot.start - 3 * DAY;

/** When the ticking must be over: a day before the window for releases that went ahead. */
function readyBy({ demo, slot, now }: CreatedDemoRelease): number {
  if (STARTED.includes(demo.status)) return slot.start - DAY;
  if (demo.status === 'cancelled') return cancelledAt(slot) - DAY;
  return now - 2 * HOUR;
}

/** The settled items in a few batches, ticked by their assignees, each with its activity entry. */
function ticks(release: CreatedDemoRelease, plannedAt: number) {
  const { demo, items } = release;
  const states = settledStates(items, demo.settled);
  const settled = items.filter((_, i) => states[i] !== 'open');
  const span = readyBy(release) - plannedAt;
  const doneAt = new Map<string, number>();
  const steps: DemoStep[] = [];
  for (let batch = 1; batch <= TICK_BATCHES; batch++) {
    const at = roundToMinute(plannedAt + (span * batch) / TICK_BATCHES);
    const inBatch = settled.filter(
      (_, i) => Math.floor((i * TICK_BATCHES) / settled.length) === batch - 1,
    );
    if (!inBatch.length) continue;
    inBatch.forEach(item => doneAt.set(item.id, at));
    const state = (item: NewChecklistItem) => states[items.indexOf(item)];
    steps.push({
      actor: demo.actor,
      at,
      updateItems: inBatch.map((item, n) => ({
        id: item.id,
        fields: {
          state: state(item),
          note:
            state(item) === 'not_applicable'
              ? 'No change to this area in this release'
              : null,
          evidenceUrl:
            item.componentRef && item.category === 'validation'
              ? `https://ci.acme.example/${item.componentRef.replace(
                  /^component:default\//,
                  '',
                )}/runs/${1000 + (Math.floor(at / HOUR) % 9000)}`
              : null,
          doneBy: memberOf(item.assignee ?? release.owner, n + batch),
          doneAt: at,
        },
      })),
      activity: inBatch.map(item => ({
        action: 'checklist.item_updated',
        summary: `Marked "${item.title}" ${state(item).replace('_', ' ')}`,
        before: { state: 'open' },
        after: { state: state(item) },
      })),
    });
  }
  const stateAt = (item: NewChecklistItem, at: number): ChecklistItemState =>
    (doneAt.get(item.id) ?? Infinity) <= at
      ? states[items.indexOf(item)]
      : 'open';
  return { steps, stateAt };
}

function statusChange(
  from: ReleaseStatus,
  to: ReleaseStatus,
  reason?: string,
): DemoStep['activity'][number] {
  return {
    action: 'release.status_changed',
    summary: `${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}${
      reason ? `: ${reason}` : ''
    }`,
    before: { status: from },
    after: { status: to, ...(reason ? { reason } : {}) },
  };
}

/** Planning, with the freeze override recorded as the lifecycle service records one. */
function planning(release: CreatedDemoRelease, plannedAt: number): DemoStep {
  const { demo, slot } = release;
  const freezes = slot.conflicts.filter(c => c.kind === 'freeze');
  // Without freezes in the portal the override release was placed as any other: nothing to override.
  const reason = freezes.length > 0 ? demo.freezeOverride : undefined;
  return {
    actor: demo.actor,
    at: plannedAt,
    fields: { status: 'planned', plannedAt },
    activity: [
      ...(reason
        ? [
            {
              action: 'release.freeze_override',
              summary: `Went ahead despite ${freezes.length} freeze window(s): ${reason}`,
              after: { reason, freezes: freezes.map(c => c.freezeId) },
            },
          ]
        : []),
      statusChange('draft', 'planned', reason),
    ],
  };
}

/** The go/no-go decisions: a no-go that moves the window a week, and a go before the start. */
function decisions(
  release: CreatedDemoRelease,
  stateAt: (item: NewChecklistItem, at: number) => ChecklistItemState,
): DemoStep[] {
  const { demo, slot, items } = release;
  const decision = (
    verdict: NewDecision['decision'],
    rationale: string,
    at: number,
  ): DemoStep => {
    // The snapshot is the roll-up without its per-component and release-level parts.
    const {
      components: _components,
      release: _release,
      ...readiness
    } = computeReadiness(
      demo.components.map(c => `component:default/${c}`),
      items.map(item => ({ ...item, state: stateAt(item, at) })),
    );
    return {
      actor: demo.actor,
      at,
      addDecision: {
        id: randomUUID(),
        decision: verdict,
        rationale,
        attendees: [
          demo.actor,
          memberOf(release.owner, 1),
          ...(demo.stakeholders ?? []),
        ].filter((ref, i, all) => all.indexOf(ref) === i),
        readiness,
        overrideReason: null,
      },
      activity: [
        {
          action: 'release.decision_recorded',
          summary: `${verdict === 'go' ? 'Go' : 'No-go'} at ${
            readiness.percent
          }% ready: ${rationale}`,
          after: { decision: verdict },
        },
      ],
    };
  };
  const steps: DemoStep[] = [];
  if (demo.noGo) {
    const at = slot.start - NO_GO_DELAY - DAY;
    steps.push(decision('no_go', demo.noGo, at), {
      actor: demo.actor,
      at: at + HOUR,
      fields: { windowStart: slot.start, windowEnd: slot.end },
      activity: [
        {
          action: 'release.window_moved',
          summary: 'Moved the window: start 7 days later, end 7 days later',
          before: {
            windowStart: new Date(slot.start - NO_GO_DELAY).toISOString(),
            windowEnd: new Date(slot.end - NO_GO_DELAY).toISOString(),
          },
          after: {
            windowStart: new Date(slot.start).toISOString(),
            windowEnd: new Date(slot.end).toISOString(),
          },
        },
      ],
    });
  }
  if (STARTED.includes(demo.status)) {
    const rationale =
      demo.go ??
      'Every required item settled; rollback plan reviewed and on-call briefed.';
    steps.push(decision('go', rationale, slot.start - 3 * HOUR));
  }
  return steps;
}

/** When a finished release went out: three quarters into its window, or as late as it was. */
export function demoReleasedAt(outcome: DemoOutcome, slot: DemoSlot): number {
  return outcome.lateHours
    ? slot.end + outcome.lateHours * HOUR
    : roundToMinute(slot.start + (slot.end - slot.start) * 0.75);
}

/** How it ended: started, then released or rolled back with its retrospective, or cancelled. */
function ending({ demo, slot }: CreatedDemoRelease): DemoStep[] {
  if (demo.status === 'cancelled') {
    return [
      {
        actor: demo.actor,
        at: cancelledAt(slot),
        fields: { status: 'cancelled' },
        activity: [statusChange('planned', 'cancelled', demo.cancelReason)],
      },
    ];
  }
  if (!STARTED.includes(demo.status)) return [];
  const start: DemoStep = {
    actor: demo.actor,
    at: slot.start,
    fields: { status: 'in_progress' },
    activity: [statusChange('planned', 'in_progress')],
  };
  const outcome = demo.outcome;
  if (!outcome) return [start];
  const releasedAt = demoReleasedAt(outcome, slot);
  const status = statusAfterOutcome(outcome.result);
  return [
    start,
    {
      actor: demo.actor,
      at: releasedAt + HOUR,
      fields: { status },
      setOutcome: {
        result: outcome.result,
        releasedAt,
        incidents: outcome.incidents ?? [],
        lessonsLearned: outcome.lessonsLearned,
        actionItems: (outcome.actionItems ?? []).map(item => ({
          ...item,
          id: randomUUID(),
        })),
      },
      activity: [
        {
          action: 'release.outcome_recorded',
          summary: `Outcome: ${outcome.result.replace('_', ' ')} (${
            STATUS_LABELS.in_progress
          } → ${STATUS_LABELS[status]})`,
          after: {
            result: outcome.result,
            releasedAt: new Date(releasedAt).toISOString(),
          },
        },
      ],
    },
  ];
}

/**
 * Every write of a demo release's life after its creation, in time order, as the services would
 * have made them: planned a day after it was created, items ticked in batches, go/no-go, started,
 * closed with its outcome. Drafts have none.
 */
export function demoTimeline(release: CreatedDemoRelease): DemoStep[] {
  if (release.demo.status === 'draft') return [];
  const plannedAt = release.createdAt + DAY;
  const tickSteps = ticks(release, plannedAt);
  return [
    planning(release, plannedAt),
    ...tickSteps.steps,
    ...decisions(release, tickSteps.stateAt),
    ...ending(release),
  ].sort((a, b) => a.at - b.at);
}
