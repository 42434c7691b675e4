import {
  TestDatabases,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';

const IDS: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'];

/**
 * The databases every database test runs on. TestDatabases quietly skips an engine it cannot reach;
 * the project's test command sets RELEASES_TEST_ALL_DATABASES so that a missing PostgreSQL or MySQL
 * fails the run instead of leaving SQLite tested alone.
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: IDS });
  if (process.env.RELEASES_TEST_ALL_DATABASES) {
    const missing = IDS.filter(id => !databases.supports(id));
    if (missing.length) {
      throw new Error(
        `These test databases are not configured: ${missing.join(', ')}. ` +
          'Set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING and BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING.',
      );
    }
  }
  return databases;
}
