import {
  type TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';

const IDS: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'];

const isOn = (name: string) =>
  !['', '0', 'false'].includes(process.env[name] ?? '');

/**
 * SQLite, PostgreSQL and MySQL, failing rather than quietly skipping an engine the run requires:
 * the same variables as the Releases backend's tests (`npm test` sets them), all engines with
 * RELEASES_TEST_REQUIRE_ALL_DATABASES or RELEASES_TEST_ALL_DATABASES, or those listed in
 * RELEASES_TEST_REQUIRED_DATABASES.
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: IDS });
  const required =
    isOn('RELEASES_TEST_REQUIRE_ALL_DATABASES') ||
    isOn('RELEASES_TEST_ALL_DATABASES')
      ? IDS
      : (process.env.RELEASES_TEST_REQUIRED_DATABASES ?? '')
          .split(',')
          .map(id => id.trim() as TestDatabaseId)
          .filter(Boolean);
  const missing = required.filter(id => !databases.supports(id));
  if (missing.length) {
    throw new Error(
      `These required test databases are not configured: ${missing.join(
        ', ',
      )}. Set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING and ` +
        'BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING, or run `npm test`.',
    );
  }
  return databases;
}
