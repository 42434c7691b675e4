import knexFactory, { type Knex } from 'knex';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type DatabaseKind = 'sqlite' | 'postgres';

/** A fresh, empty database for one organisation, and how to throw it away afterwards. */
export interface BenchDatabase {
  kind: DatabaseKind;
  knex: Knex;
  /** Where it lives, for the report. */
  description: string;
  /** Size on disk (SQLite file) or as PostgreSQL reports it, in bytes. */
  sizeBytes(): Promise<number>;
  destroy(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL server, without a database name. */
  postgresUrl: string;
}

async function sqlite(label: string): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'releases-bench-'));
  const filename = path.join(dir, `${label}.sqlite`);
  // The same settings Backstage's database manager uses for a better-sqlite3 file.
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  return {
    kind: 'sqlite',
    knex,
    description: `better-sqlite3 file in ${dir}`,
    async sizeBytes() {
      return fs
        .readdirSync(dir)
        .reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
    },
    async destroy() {
      await knex.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgres(
  label: string,
  options: DatabaseOptions,
): Promise<BenchDatabase> {
  const name = `releases_bench_${label}_${process.pid}_${Date.now()}`;
  const admin = knexFactory({
    client: 'pg',
    connection: `${options.postgresUrl.replace(/\/$/, '')}/postgres`,
    pool: { min: 0, max: 1 },
  });
  try {
    await admin.raw(`CREATE DATABASE ??`, [name]);
  } catch (error) {
    await admin.destroy();
    throw error;
  }
  const knex = knexFactory({
    client: 'pg',
    connection: `${options.postgresUrl.replace(/\/$/, '')}/${name}`,
  });
  return {
    kind: 'postgres',
    knex,
    description: `database ${name} on ${options.postgresUrl.replace(
      /\/\/[^@]*@/,
      '//',
    )}`,
    async sizeBytes() {
      const { rows } = await knex.raw(
        'SELECT pg_database_size(current_database()) AS size',
      );
      return Number(rows[0].size);
    },
    async destroy() {
      await knex.destroy();
      try {
        await admin.raw(`DROP DATABASE IF EXISTS ?? WITH (FORCE)`, [name]);
      } finally {
        await admin.destroy();
      }
    },
  };
}

export function createDatabase(
  kind: DatabaseKind,
  label: string,
  options: DatabaseOptions,
): Promise<BenchDatabase> {
  return kind === 'sqlite' ? sqlite(label) : postgres(label, options);
}
