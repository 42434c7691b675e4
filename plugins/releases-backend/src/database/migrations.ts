import {
  type DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@releasekit/plugin-releases-backend',
  'migrations',
);

/** Brings the plugin's tables up to date; the migration tests run it on each database. */
export async function applyDatabaseMigrations(client: Knex): Promise<void> {
  await client.migrate.latest({ directory: migrationsDir });
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
