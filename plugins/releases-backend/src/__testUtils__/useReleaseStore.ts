import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import { migratedDatabase } from './migratedDatabase';

/**
 * A DatabaseReleaseStore on a migrated database of the given engine for the tests of the calling
 * describe, emptied before each test.
 */
export function useReleaseStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): { store(): DatabaseReleaseStore; knex(): Knex } {
  let knex: Knex | undefined;
  let store: DatabaseReleaseStore | undefined;
  beforeAll(async () => {
    const migrated = await migratedDatabase(databases, databaseId);
    knex = migrated.knex;
    store = await DatabaseReleaseStore.create(migrated);
  });
  beforeEach(async () => {
    for (const table of [
      'release_activity',
      'checklist_items',
      'release_components',
      'releases',
    ]) {
      await knex!(table).delete();
    }
  });
  afterAll(async () => {
    await knex?.destroy();
  });
  return { store: () => store!, knex: () => knex! };
}
