import type { Knex } from 'knex';
import {
  FIXTURES,
  H,
  RANGE,
  seedMetricsFixtures,
  T0,
} from '../../../__testUtils__/metricsFixtures';
import { migratedDatabase } from '../../../__testUtils__/migratedDatabase';
import { createTestDatabases } from '../../../__testUtils__/testDatabases';
import { DatabaseReleaseStore } from '../../DatabaseReleaseStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
describe.each(databases.eachSupportedId())(
  'readiness kept for the metrics on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseReleaseStore;

    beforeAll(async () => {
      const migrated = await migratedDatabase(databases, databaseId);
      knex = migrated.knex;
      store = await DatabaseReleaseStore.create(migrated);
      // r1: required items done at -30 h and -20 h, planned at -100 h: readiness lead time 80 h.
      await seedMetricsFixtures(store, [FIXTURES[0]]);
    });

    afterAll(async () => {
      await knex.destroy();
    });

    const readinessLead = async () =>
      (await store.metrics(RANGE)).overall.averageReadinessLeadTimeHours;
    const change = (fields: object) => ({
      releaseId: 'r1',
      actor: 'user:default/alice',
      at: T0 + 100 * H,
      activity: [],
      ...fields,
    });

    it('follows items settled, reopened, added and removed after the outcome', async () => {
      expect(await readinessLead()).toBe(80);

      // A plain edit (one batched statement on PostgreSQL) that reopens a required item.
      await store.applyChange(
        change({
          updateItems: [
            { id: 'r1-req-2', fields: { state: 'open', doneAt: null } },
          ],
        }),
      );
      expect(await readinessLead()).toBeNull();

      await store.applyChange(
        change({
          updateItems: [
            {
              id: 'r1-req-2',
              fields: { state: 'done', doneAt: T0 + 10 * H },
            },
          ],
        }),
      );
      expect(await readinessLead()).toBe(110);

      // A note changes nothing the metrics read.
      await store.applyChange(
        change({
          updateItems: [{ id: 'r1-req-1', fields: { note: 'checked twice' } }],
        }),
      );
      expect(await readinessLead()).toBe(110);

      await store.applyChange(
        change({
          addItems: [
            {
              id: 'r1-late',
              componentRef: null,
              title: 'late',
              category: 'validation' as const,
              required: true,
              assignee: null,
              source: 'manual',
            },
          ],
        }),
      );
      expect(await readinessLead()).toBeNull();

      await store.applyChange(change({ removeItemIds: ['r1-late'] }));
      expect(await readinessLead()).toBe(110);
    });
  },
);
