import type { Knex } from 'knex';
import type {
  OutcomeResult,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { migratedDatabase } from '../../../__testUtils__/migratedDatabase';
import { createTestDatabases } from '../../../__testUtils__/testDatabases';
import { DatabaseReleaseStore } from '../../DatabaseReleaseStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 5); // Monday 5 January 2026, 00:00 UTC
const RANGE = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 2, 1) };

interface Fixture {
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
const FIXTURES: Fixture[] = [
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

async function seed(store: DatabaseReleaseStore, fixtures: Fixture[]) {
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

const summary = (completed: number, rest: Record<string, number | null>) => ({
  completed,
  ...rest,
});

describe.each(databases.eachSupportedId())(
  'release metrics on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseReleaseStore;

    beforeAll(async () => {
      const migrated = await migratedDatabase(databases, databaseId);
      knex = migrated.knex;
      store = await DatabaseReleaseStore.create(migrated);
    });

    afterAll(async () => {
      await knex.destroy();
    });

    it('answers with empty metrics when there are no releases', async () => {
      const metrics = await store.metrics(RANGE);
      expect(metrics).toEqual({
        overall: summary(0, {
          onTimeRate: null,
          averageSlipHours: null,
          p90SlipHours: null,
          changeFailureRate: null,
          averageLeadTimeHours: null,
          averageReadinessLeadTimeHours: null,
        }),
        byMonth: [],
        byTeam: [],
      });
    });

    it('leaves out cancelled releases and releases that have not ended', async () => {
      await seed(
        store,
        FIXTURES.filter(f => f.id === 'r5' || f.id === 'r6'),
      );
      const metrics = await store.metrics(RANGE);
      expect(metrics.overall.completed).toBe(0);
      expect(metrics.byMonth).toEqual([]);
    });

    it('computes the hand-worked numbers overall, per month and per team', async () => {
      await seed(
        store,
        FIXTURES.filter(f => f.id !== 'r5' && f.id !== 'r6'),
      );
      const metrics = await store.metrics(RANGE);
      const close = (value: number | null) =>
        value === null ? null : Math.round(value * 1000) / 1000;
      const round = (s: object) =>
        Object.fromEntries(
          Object.entries(s).map(([k, v]) => [
            k,
            typeof v === 'number' ? close(v) : v,
          ]),
        );

      expect(round(metrics.overall)).toEqual({
        completed: 4,
        onTimeRate: 0.25,
        averageSlipHours: 4,
        p90SlipHours: 10,
        changeFailureRate: 0.5,
        averageLeadTimeHours: close(254 / 3),
        averageReadinessLeadTimeHours: 65,
      });
      expect(metrics.byMonth.map(round)).toEqual([
        {
          month: '2026-01',
          completed: 2,
          onTimeRate: 0.5,
          averageSlipHours: 2,
          p90SlipHours: 4,
          changeFailureRate: 0.5,
          averageLeadTimeHours: 96,
          averageReadinessLeadTimeHours: 80,
        },
        {
          month: '2026-02',
          completed: 2,
          onTimeRate: 0,
          averageSlipHours: 6,
          p90SlipHours: 10,
          changeFailureRate: 0.5,
          averageLeadTimeHours: 62,
          averageReadinessLeadTimeHours: 50,
        },
      ]);
      expect(metrics.byTeam.map(round)).toEqual([
        {
          owner: 'group:default/a',
          completed: 2,
          onTimeRate: 0.5,
          averageSlipHours: 1,
          p90SlipHours: 2,
          changeFailureRate: 0.5,
          averageLeadTimeHours: 85,
          averageReadinessLeadTimeHours: 65,
        },
        {
          owner: 'group:default/b',
          completed: 2,
          onTimeRate: 0,
          averageSlipHours: 7,
          p90SlipHours: 10,
          changeFailureRate: 0.5,
          averageLeadTimeHours: 84,
          averageReadinessLeadTimeHours: null,
        },
      ]);

      const teamA = await store.metrics({ ...RANGE, owner: 'group:default/a' });
      expect(teamA.overall.completed).toBe(2);
      const bySvc = await store.metrics({
        ...RANGE,
        entityRef: 'component:default/b-svc',
      });
      expect(bySvc.byTeam.map(t => t.owner)).toEqual(['group:default/b']);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'release metrics by read scope on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseReleaseStore;

    beforeAll(async () => {
      const migrated = await migratedDatabase(databases, databaseId);
      knex = migrated.knex;
      store = await DatabaseReleaseStore.create(migrated);
      // r1 and r3 of team a, r2 and r4 of team b, all completed in the range.
      await seed(
        store,
        FIXTURES.filter(f => ['r1', 'r2', 'r3', 'r4'].includes(f.id)),
      );
    });

    afterAll(async () => {
      await knex.destroy();
    });

    it('counts only the releases the caller may read, as the release list does', async () => {
      const teamAOnly = await store.metrics({
        ...RANGE,
        readScope: {
          kind: 'some',
          criteria: { owners: ['group:default/a'] },
        },
      });
      expect(teamAOnly.overall.completed).toBe(2);
      expect(teamAOnly.byTeam.map(t => t.owner)).toEqual(['group:default/a']);
      const nothing = await store.metrics({
        ...RANGE,
        readScope: { kind: 'none' },
      });
      expect(nothing.overall.completed).toBe(0);
      const everything = await store.metrics({
        ...RANGE,
        readScope: { kind: 'all' },
      });
      expect(everything.overall.completed).toBe(4);
    });
  },
);
