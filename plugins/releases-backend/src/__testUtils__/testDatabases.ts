import {
  TestDatabases,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';

const IDS: TestDatabaseId[] = ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'];

const isOn = (name: string) =>
  !['', '0', 'false'].includes(process.env[name] ?? '');

/**
 * The engines a run must not lose. TestDatabases quietly skips an engine it cannot reach, which
 * would leave SQLite tested alone without a word. `npm test` (scripts/test-databases.js) lists the
 * engines it found in RELEASES_TEST_REQUIRED_DATABASES (PostgreSQL always, MySQL when there is one);
 * RELEASES_TEST_REQUIRE_ALL_DATABASES (or its older name RELEASES_TEST_ALL_DATABASES) requires all.
 */
function requiredDatabases(): TestDatabaseId[] {
  if (
    isOn('RELEASES_TEST_REQUIRE_ALL_DATABASES') ||
    isOn('RELEASES_TEST_ALL_DATABASES')
  ) {
    return IDS;
  }
  const listed = (process.env.RELEASES_TEST_REQUIRED_DATABASES ?? '')
    .split(',')
    .map(id => id.trim())
    .filter(Boolean);
  const unknown = listed.filter(id => !IDS.includes(id as TestDatabaseId));
  if (unknown.length) {
    throw new Error(
      `RELEASES_TEST_REQUIRED_DATABASES names unknown databases: ${unknown.join(
        ', ',
      )}; known are ${IDS.join(', ')}.`,
    );
  }
  return listed as TestDatabaseId[];
}

/** The databases every database test runs on; fails for a required one that is not configured. */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: IDS });
  const missing = requiredDatabases().filter(id => !databases.supports(id));
  if (missing.length) {
    throw new Error(
      `These required test databases are not configured: ${missing.join(
        ', ',
      )}. ` +
        'Run the tests with `npm test` (it finds or starts them), or set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING ' +
        'and BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING.',
    );
  }
  return databases;
}
