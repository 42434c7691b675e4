import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import request from 'supertest';
import {
  type ReleasesTestBackend,
  startReleasesBackend,
} from './startReleasesBackend';

export interface UsedBackend {
  /** A supertest agent on the running backend. */
  api(): ReturnType<typeof request>;
  ctx(): ReleasesTestBackend;
  knex(): Knex;
}

/**
 * Starts the real plugin on a fresh database of the given engine around the tests of the calling
 * describe (once for all of them, or once per test with `per: 'test'`), and stops it after.
 */
export function useReleasesBackend(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: Omit<Parameters<typeof startReleasesBackend>[0], 'knex'> & {
    per?: 'suite' | 'test';
  },
): UsedBackend {
  const { per = 'suite', ...start } = options;
  let knex: Knex | undefined;
  let ctx: ReleasesTestBackend | undefined;
  const before = per === 'test' ? beforeEach : beforeAll;
  const after = per === 'test' ? afterEach : afterAll;
  before(async () => {
    knex = await databases.init(databaseId);
    ctx = await startReleasesBackend({ ...start, knex });
  });
  after(async () => {
    await ctx?.backend.stop();
    await knex?.destroy();
  });
  return {
    api: () => request(ctx!.server),
    ctx: () => ctx!,
    knex: () => knex!,
  };
}
