import {
  type DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@releasekit/plugin-releases-backend',
  'migrations',
);

/** How long a replica waits for another one's migrations by default. */
const LOCK_WAIT_MS = 120_000;
const LOCK_POLL_MS = 1_000;

/**
 * Brings the plugin's tables up to date; the migration tests run it on each database. Replicas
 * that start together on one database all run it: knex lets one take its migration lock and makes
 * the others throw `MigrationLocked` at once (it does not wait), which would fail their start-up.
 * They wait for the lock instead, then find nothing left to run.
 */
export async function applyDatabaseMigrations(
  client: Knex,
  options: { lockWaitMs?: number; pollMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (options.lockWaitMs ?? LOCK_WAIT_MS);
  for (;;) {
    try {
      await client.migrate.latest({ directory: migrationsDir });
      return;
    } catch (error) {
      if ((error as Error)?.name !== 'MigrationLocked' || Date.now() > deadline)
        throw error;
      await new Promise(r => setTimeout(r, options.pollMs ?? LOCK_POLL_MS));
    }
  }
}

/**
 * Runs the migrations once, at start-up, before any store is used: all the stores share one schema.
 * A deployment that runs migrations itself sets `migrations.skip` on the database service.
 */
export async function migrateDatabase(
  database: DatabaseService,
): Promise<void> {
  if (!database.migrations?.skip) {
    await applyDatabaseMigrations(await database.getClient());
  }
}
