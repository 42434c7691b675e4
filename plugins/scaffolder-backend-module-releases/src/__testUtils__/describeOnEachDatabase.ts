import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { ReleasesApiOptions } from '../actions/releasesApi';
import {
  growingCatalog,
  type ReleasesBackend,
  startReleasesBackend,
} from './releasesBackend';

// Created as the test file loads, so that its shutdown runs after all of the file's tests. With
// the engines configured (see notes/testdb.env), it runs on all three.
const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});
// Each suite starts a backend on a real database: more than jest's default five seconds.
jest.setTimeout(60_000);

export interface ActionsAgainstReleases {
  releases(): ReleasesBackend;
  /** The catalog that the Releases backend and the actions share; tests may add to it. */
  catalog: ReturnType<typeof growingCatalog>;
  /** What a factory of the actions takes, pointed at the test backend, as the scaffolder. */
  options(): ReleasesApiOptions & {
    catalog: ReturnType<typeof growingCatalog>['catalog'];
  };
}

/**
 * A describe run once per database engine, around the real Releases backend on a fresh database of
 * that engine (started once for the describe's tests), with the actions' dependencies pointed at it.
 */
export function describeOnEachDatabase(
  title: string,
  tests: (used: ActionsAgainstReleases) => void,
): void {
  describe.each(databases.eachSupportedId())(`${title} on %s`, databaseId => {
    const catalog = growingCatalog();
    let releases: ReleasesBackend | undefined;
    beforeAll(async () => {
      releases = await startReleasesBackend({
        database: mockServices.database.factory({
          knex: await databases.init(databaseId),
        }),
        catalog: catalog.catalog,
      });
    });
    afterAll(async () => {
      await releases?.backend.stop();
    });
    tests({
      releases: () => releases!,
      catalog,
      options: () => ({
        discovery: releases!.discovery,
        auth: mockServices.auth({ pluginId: 'scaffolder' }),
        catalog: catalog.catalog,
      }),
    });
  });
}
