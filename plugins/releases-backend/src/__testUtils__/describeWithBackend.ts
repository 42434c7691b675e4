import { createTestDatabases } from './testDatabases';
import { type UsedBackend, useReleasesBackend } from './useReleasesBackend';

// Created as the test file loads, so that its shutdown runs after all of the file's tests.
const databases = createTestDatabases();
// Each test starts a backend on a real database: more than jest's default five seconds.
jest.setTimeout(60_000);

type BackendOptions = Parameters<typeof useReleasesBackend>[2];

/**
 * A describe run once per database engine (SQLite, PostgreSQL, MySQL), its tests speaking HTTP to
 * the real plugin started by useReleasesBackend.
 */
export function describeOnEachDatabase(
  title: string,
  options: BackendOptions,
  tests: (backend: UsedBackend) => void,
): void {
  describe.each(databases.eachSupportedId())(`${title} on %s`, databaseId => {
    tests(useReleasesBackend(databases, databaseId, options));
  });
}

/** The same on SQLite alone, for tests of what does not depend on the database. */
export function describeOnSqlite(
  title: string,
  options: BackendOptions,
  tests: (backend: UsedBackend) => void,
): void {
  // The title is the caller's, a string literal there.
  // eslint-disable-next-line jest/valid-title
  describe(title, () => {
    tests(useReleasesBackend(databases, 'SQLITE_3', options));
  });
}
