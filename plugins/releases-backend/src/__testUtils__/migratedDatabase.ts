import {
  mockServices,
  type TestDatabaseId,
  type TestDatabases,
} from '@backstage/backend-test-utils';
import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { applyDatabaseMigrations } from '../database/migrations';

/**
 * A fresh database of the given engine with the plugin's tables, as the plugin leaves it at start-up
 * (stores no longer migrate: the plugin does, once), and a database service over it for the stores.
 */
export async function migratedDatabase(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
): Promise<{ knex: Knex; database: DatabaseService }> {
  const knex = await databases.init(databaseId);
  await applyDatabaseMigrations(knex);
  return {
    knex,
    database: mockServices.database({ knex, migrations: { skip: true } }),
  };
}
