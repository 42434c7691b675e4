import type { Knex } from 'knex';
import { migratedDatabase } from '../../../__testUtils__/migratedDatabase';
import { createTestDatabases } from '../../../__testUtils__/testDatabases';
import { DatabaseReleaseStore } from '../../DatabaseReleaseStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 5);
const RANGE = { from: Date.UTC(2026, 0, 1), to: Date.UTC(2026, 2, 1) };

/**
 * r1, planned at -100 h, with two required items done at -30 h and -20 h and an optional one,
 * released at +8 h: readiness lead time 80 h. The outcome is recorded with the item settlements,
 * as the release metrics test seeds its fixtures.
 */
async function seedReleasedR1(store: DatabaseReleaseStore) {
  await store.insertRelease({
    release: {
      id: 'r1',
      title: 'r1',
      version: '1',
      description: '',
      risks: [],
      owner: 'group:default/a',
      stakeholders: [],
      templateId: 'default',
      status: 'released',
      windowStart: T0 + 6 * H,
      windowEnd: T0 + 10 * H,
      plannedAt: T0 - 100 * H,
      components: [],
      items: ['req-1', 'req-2', 'optional'].map(suffix => ({
        id: `r1-${suffix}`,
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
    releaseId: 'r1',
    actor: 'user:default/alice',
    at: T0,
    updateItems: [done('r1-req-1', T0 - 30 * H), done('r1-req-2', T0 - 20 * H)],
    setOutcome: {
      result: 'success',
      releasedAt: T0 + 8 * H,
      incidents: [],
      lessonsLearned: '',
      actionItems: [],
    },
    activity: [],
  });
}
describe.each(databases.eachSupportedId())(
  'readiness kept for the metrics on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseReleaseStore;

    beforeAll(async () => {
      const migrated = await migratedDatabase(databases, databaseId);
      knex = migrated.knex;
      store = await DatabaseReleaseStore.create(migrated);
      await seedReleasedR1(store);
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
