import knexFactory, { type Knex } from 'knex';
import {
  type BenchDatabase,
  createDatabase,
  dropStaleDatabases,
} from '../../bench/src/databases';
import { seedOrganisation, type SeedResult } from '../../bench/src/seed';

/** The schema the releases plugin gets under `pluginDivisionMode: schema` (its plugin id). */
const RELEASES_SCHEMA = 'releases';

export interface SoakDatabase {
  /** The database's name: every replica's `backend.database.connection.database`. */
  name: string;
  /** Connected to the plugin's schema. */
  releases: Knex;
  /** Connected to another plugin's schema (notifications, the scheduler's tables are per plugin). */
  schema(pluginId: string): Knex;
  destroy(): Promise<void>;
}

/**
 * A fresh PostgreSQL database for one soak run (the benchmark's naming, so that a killed run's
 * database is dropped by the next run of either), seeded with the benchmark's organisation in the
 * releases plugin's schema before any replica starts: the replicas then find the schema migrated
 * and serve the whole organisation from their first request, never a half-seeded one.
 */
export async function createSoakDatabase(
  postgresUrl: string,
  size: number,
  log: (line: string) => void,
): Promise<{ db: SoakDatabase; seed: SeedResult }> {
  const dropped = await dropStaleDatabases(postgresUrl);
  if (dropped.length) log(`Dropped ${dropped.length} stale database(s)`);
  const bench: BenchDatabase = await createDatabase('postgres', 'soak', {
    postgresUrl,
  });
  const name = /database (\S+) on/.exec(bench.description)![1];
  const schemas: Knex[] = [];
  const schema = (pluginId: string) => {
    const knex = knexFactory({
      client: 'pg',
      connection: `${postgresUrl.replace(/\/$/, '')}/${name}`,
      searchPath: [pluginId],
      pool: { min: 0, max: 4 },
    });
    schemas.push(knex);
    return knex;
  };
  const db: SoakDatabase = {
    name,
    releases: schema(RELEASES_SCHEMA),
    schema,
    async destroy() {
      await Promise.all(schemas.map(k => k.destroy()));
      await bench.destroy();
    },
  };
  try {
    await db.releases.raw('CREATE SCHEMA IF NOT EXISTS ??', [RELEASES_SCHEMA]);
    const seed = await seedOrganisation(
      { ...bench, knex: db.releases },
      size,
      Date.now(),
      log,
    );
    return { db, seed };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
