import { mockServices } from '@backstage/backend-test-utils';
import { migratedDatabase } from '../__testUtils__/migratedDatabase';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import { seedDemoReleases } from './seedDemoReleases';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'seedDemoReleases on %s',
  databaseId => {
    it('seeds an empty database once, with past, current and upcoming releases', async () => {
      const { knex, database } = await migratedDatabase(databases, databaseId);
      const store = await DatabaseReleaseStore.create({ database });
      const logger = mockServices.logger.mock();
      const now = Date.UTC(2026, 10, 28, 12);

      expect(await seedDemoReleases({ store, logger, now })).toBe(12);
      expect(await seedDemoReleases({ store, logger, now })).toBe(0);

      const { items } = await store.listReleases({ filter: {}, limit: 50 });
      const statuses = items.map(r => r.status);
      expect(statuses.filter(s => s === 'released')).toHaveLength(2);
      expect(statuses).toContain('rolled_back');
      expect(statuses.filter(s => s === 'in_progress')).toHaveLength(1);
      expect(
        statuses.filter(s => s === 'planned').length,
      ).toBeGreaterThanOrEqual(4);

      const inProgress = items.find(r => r.status === 'in_progress')!;
      expect(Date.parse(inProgress.windowStart)).toBeLessThan(now);
      expect(Date.parse(inProgress.windowEnd)).toBeGreaterThan(now);
      const planned = items.filter(r => r.status === 'planned');
      // Partly ticked: some settled, some still open.
      expect(
        planned.some(
          r => r.counts.settled > 0 && r.counts.settled < r.counts.total,
        ),
      ).toBe(true);
      expect(items.every(r => Date.parse(r.createdAt) <= now)).toBe(true);
      expect(
        items.find(r =>
          r.components.some(
            c => c.entityRef === 'component:default/checkout-service',
          ),
        )?.components[0].ownerRef,
      ).toBe('group:default/checkout-team');
      await knex.destroy();
    });
  },
);
