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

/** Whether a process of this machine is alive. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Drops the databases that earlier benchmark runs left behind when they were killed (their name
 * carries the pid of the run, which is no longer alive).
 */
export async function dropStaleDatabases(
  postgresUrl: string,
): Promise<string[]> {
  const admin = knexFactory({
    client: 'pg',
    connection: `${postgresUrl.replace(/\/$/, '')}/postgres`,
    pool: { min: 0, max: 1 },
  });
  const dropped: string[] = [];
  try {
    const { rows } = await admin.raw(
      `SELECT datname FROM pg_database WHERE datname LIKE 'releases\\_bench\\_%'`,
    );
    for (const { datname } of rows as Array<{ datname: string }>) {
      const pid = Number(/^releases_bench_[^_]+_(\d+)_\d+$/.exec(datname)?.[1]);
      if (pid && pid !== process.pid && !alive(pid)) {
        await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
        dropped.push(datname);
      }
    }
  } finally {
    await admin.destroy();
  }
  return dropped;
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
