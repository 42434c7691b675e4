import type { Knex } from 'knex';
import {
  FIXTURES,
  RANGE,
  seedMetricsFixtures,
} from '../../../__testUtils__/metricsFixtures';
import { migratedDatabase } from '../../../__testUtils__/migratedDatabase';
import { createTestDatabases } from '../../../__testUtils__/testDatabases';
import { DatabaseReleaseStore } from '../../DatabaseReleaseStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
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
      await seedMetricsFixtures(
        store,
        FIXTURES.filter(f => f.id === 'r5' || f.id === 'r6'),
      );
      const metrics = await store.metrics(RANGE);
      expect(metrics.overall.completed).toBe(0);
      expect(metrics.byMonth).toEqual([]);
    });

    it('computes the hand-worked numbers overall, per month and per team', async () => {
      await seedMetricsFixtures(
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
      await seedMetricsFixtures(
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
