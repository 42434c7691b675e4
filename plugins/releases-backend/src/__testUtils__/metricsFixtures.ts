import type {
  OutcomeResult,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import type { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';

/*
 * Completed releases worked by hand for the release metrics, seeded through the store as the
 * services write them (items settled and the outcome recorded in one change).
 */
export const H = 3_600_000;
export const T0 = Date.UTC(2026, 0, 5); // Monday 5 January 2026, 00:00 UTC
export const RANGE = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 2, 1) };

export interface Fixture {
  id: string;
  owner: 'a' | 'b';
  status: ReleaseStatus;
  windowEnd: number;
  plannedAt: number | null;
  outcome?: { result: OutcomeResult; releasedAt: number };
  /** done_at of the two required items; null leaves one open. */
  requiredDone: [number, number | null];
}

/*
 * Worked by hand (hours relative to T0):
 *   r1 team a, Jan: window end +10, released +8 (on time, slip 0), success, planned -100,
 *      required items done -30 and -20 → lead 108, readiness lead 80
 *   r2 team b, Jan: window end +30, released +34 (slip 4), failed, planned -50 → lead 84;
 *      a required item still open → no readiness lead
 *   r3 team a, Feb: window end +960, released +962 (slip 2), rolled back, planned +900 → lead 62;
 *      required done +950 → readiness lead 50
 *   r4 team b, Feb: window end +970, released +980 (slip 10), success, never planned → no lead times
 *   r5 cancelled, r6 in progress (no end yet), r7 released before the range: all left out.
 */
export const FIXTURES: Fixture[] = [
  {
    id: 'r1',
    owner: 'a',
    status: 'released',
    windowEnd: T0 + 10 * H,
    plannedAt: T0 - 100 * H,
    outcome: { result: 'success', releasedAt: T0 + 8 * H },
    requiredDone: [T0 - 30 * H, T0 - 20 * H],
  },
  {
    id: 'r2',
    owner: 'b',
    status: 'released',
    windowEnd: T0 + 30 * H,
    plannedAt: T0 - 50 * H,
    outcome: { result: 'failed', releasedAt: T0 + 34 * H },
    requiredDone: [T0, null],
  },
  {
    id: 'r3',
    owner: 'a',
    status: 'rolled_back',
    windowEnd: T0 + 960 * H,
    plannedAt: T0 + 900 * H,
    outcome: { result: 'rolled_back', releasedAt: T0 + 962 * H },
    requiredDone: [T0 + 940 * H, T0 + 950 * H],
  },
  {
    id: 'r4',
    owner: 'b',
    status: 'released',
    windowEnd: T0 + 970 * H,
    plannedAt: null,
    outcome: { result: 'success', releasedAt: T0 + 980 * H },
    requiredDone: [T0 + 975 * H, T0 + 976 * H],
  },
  {
    id: 'r5',
    owner: 'a',
    status: 'cancelled',
    windowEnd: T0 + 50 * H,
    plannedAt: T0,
    requiredDone: [T0, null],
  },
  {
    id: 'r6',
    owner: 'a',
    status: 'in_progress',
    windowEnd: T0 + 60 * H,
    plannedAt: T0,
    requiredDone: [T0, T0],
  },
  {
    id: 'r7',
    owner: 'a',
    status: 'released',
    windowEnd: T0 - 200 * H,
    plannedAt: T0 - 300 * H,
    outcome: { result: 'failed', releasedAt: T0 - 199 * H },
    requiredDone: [T0 - 250 * H, T0 - 250 * H],
  },
];

export async function seedMetricsFixtures(
  store: DatabaseReleaseStore,
  fixtures: Fixture[],
) {
  for (const f of fixtures) {
    await store.insertRelease({
      release: {
        id: f.id,
        title: f.id,
        version: '1',
        description: '',
        risks: [],
        owner: `group:default/${f.owner}`,
        stakeholders: [],
        templateId: 'default',
        status: f.status,
        windowStart: f.windowEnd - 4 * H,
        windowEnd: f.windowEnd,
        plannedAt: f.plannedAt,
        components: [
          {
            entityRef: `component:default/${f.owner}-svc`,
            ownerRef: null,
            systemRef: null,
          },
        ],
        items: ['req-1', 'req-2', 'optional'].map(suffix => ({
          id: `${f.id}-${suffix}`,
          componentRef: null,
          title: suffix,
          category: 'validation' as const,
          required: suffix !== 'optional',
          assignee: null,
          source: 'default',
        })),
      },
      actor: 'user:default/alice',
      at: T0 - 400 * H,
      activity: [],
    });
    const done = (id: string, at: number) => ({
      id,
      fields: {
        state: 'done' as const,
        doneAt: at,
        doneBy: 'user:default/alice',
      },
    });
    await store.applyChange({
      releaseId: f.id,
      actor: 'user:default/alice',
      at: T0,
      updateItems: [
        done(`${f.id}-req-1`, f.requiredDone[0]),
        ...(f.requiredDone[1] === null
          ? []
          : [done(`${f.id}-req-2`, f.requiredDone[1])]),
        // Optional items never delay readiness, however late they are settled.
        done(`${f.id}-optional`, T0 + 5000 * H),
      ],
      setOutcome: f.outcome
        ? { ...f.outcome, incidents: [], lessonsLearned: '', actionItems: [] }
        : undefined,
      activity: [],
    });
  }
}
