import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import { migratedDatabase } from './migratedDatabase';
import { createTestDatabases } from './testDatabases';

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
      'check_results',
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

// Created as the test file loads, so that its shutdown runs after all of the file's tests.
const databases = createTestDatabases();
jest.setTimeout(60_000);

/** A describe run once per database engine, its tests given a store on a fresh database. */
export function describeStoreOnEachDatabase(
  title: string,
  tests: (db: ReturnType<typeof useReleaseStore>) => void,
): void {
  describe.each(databases.eachSupportedId())(`${title} on %s`, databaseId => {
    tests(useReleaseStore(databases, databaseId));
  });
}
