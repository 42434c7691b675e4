import type { Knex } from 'knex';
import path from 'node:path';
import type { BenchDatabase } from './databases';
import { DeploymentHistory } from './deployments';
import {
  freezeRows,
  type Landmarks,
  Organisation,
  type OrganisationRows,
} from './organisation';

/** The plugin's own migrations, so the benchmark runs on exactly the schema it ships. */
export const MIGRATIONS_DIR = path.join(
  path.dirname(
    require.resolve('@releasekit/plugin-releases-backend/package.json'),
  ),
  'migrations',
);

/** Rows per INSERT statement on SQLite: 1,000 rows of at most 17 columns stay under its bind limit. */
const SQLITE_ROWS_PER_INSERT = 1000;
/** Rows per INSERT on PostgreSQL, where a statement binds one array per column whatever its rows. */
const POSTGRES_ROWS_PER_INSERT = 5000;
/** Releases generated at a time (about 20,000 item rows). */
const RELEASES_PER_CHUNK = 1000;

/** Seeding took longer than allowed; the transaction was rolled back. */
export class SeedingTooSlow extends Error {
  constructor(readonly seconds: number, readonly items: number) {
    super(
      `seeding stopped after ${seconds.toFixed(
        0,
      )} s with ${items.toLocaleString('en')} checklist items written`,
    );
  }
}

export interface SeedResult extends Landmarks {
  releases: number;
  components: number;
  items: number;
  outcomes: number;
  deployments: number;
  seconds: number;
  migrateSeconds: number;
  analyzeSeconds: number;
}

const BIGINT_COLUMNS = new Set([
  'window_start',
  'window_end',
  'planned_at',
  'created_at',
  'updated_at',
  'done_at',
  'at',
  'decided_at',
  'released_at',
  'recorded_at',
  'start',
  'end',
  'started_at',
  'finished_at',
  'ready_at',
]);
const INTEGER_COLUMNS = new Set(['revision', 'position', 'required_open']);
const BOOLEAN_COLUMNS = new Set(['required', 'carry_forward']);

function postgresType(column: string): string {
  if (BIGINT_COLUMNS.has(column)) return 'bigint[]';
  if (INTEGER_COLUMNS.has(column)) return 'integer[]';
  if (BOOLEAN_COLUMNS.has(column)) return 'boolean[]';
  return 'text[]';
}

/**
 * Multi-row inserts written by hand: knex's own builder turns a 1,000-row insert into a compound
 * SELECT on SQLite (limited to 500 terms) and into 17,000 parameters on PostgreSQL (slow to parse).
 * PostgreSQL gets one array per column through unnest(); SQLite a VALUES list.
 */
async function insertAll(
  tx: Knex.Transaction,
  kind: BenchDatabase['kind'],
  table: string,
  rows: Record<string, unknown>[],
) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const quoted = columns.map(c => `"${c}"`).join(', ');
  if (kind === 'postgres') {
    for (let i = 0; i < rows.length; i += POSTGRES_ROWS_PER_INSERT) {
      const batch = rows.slice(i, i + POSTGRES_ROWS_PER_INSERT);
      await tx.raw(
        `INSERT INTO "${table}" (${quoted}) SELECT * FROM unnest(${columns
          .map(c => `?::${postgresType(c)}`)
          .join(', ')})`,
        columns.map(c => batch.map(row => row[c] ?? null)) as Knex.RawBinding[],
      );
    }
    return;
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += SQLITE_ROWS_PER_INSERT) {
    const batch = rows.slice(i, i + SQLITE_ROWS_PER_INSERT);
    const bindings: unknown[] = [];
    for (const row of batch) {
      for (const c of columns) {
        const value = row[c];
        bindings.push(
          typeof value === 'boolean' ? (value ? 1 : 0) : value ?? null,
        );
      }
    }
    await tx.raw(
      `INSERT INTO "${table}" (${quoted}) VALUES ${batch
        .map(() => tuple)
        .join(', ')}`,
      bindings as Knex.RawBinding[],
    );
  }
}

/**
 * Seeds a synthetic organisation of `size` releases after running the plugin's migrations. Batched
 * multi-row inserts in one transaction; not part of any measurement.
 */
export async function seedOrganisation(
  db: BenchDatabase,
  size: number,
  now: number,
  log: (line: string) => void,
  /** Seeding stops (and rolls back) when it has taken longer than this. */
  deadlineSeconds = Infinity,
): Promise<SeedResult> {
  const knex = db.knex;
  const migrateStart = performance.now();
  await knex.migrate.latest({ directory: MIGRATIONS_DIR });
  const migrateSeconds = (performance.now() - migrateStart) / 1000;

  const start = performance.now();
  const organisation = new Organisation(size, now);
  const history = new DeploymentHistory(size, now);
  const totals = { components: 0, items: 0, outcomes: 0, deployments: 0 };
  await knex.transaction(async tx => {
    await insertAll(tx, db.kind, 'freeze_windows', freezeRows(now));
    let lastLog = performance.now();
    while (!organisation.done) {
      const rows: OrganisationRows = organisation.next(RELEASES_PER_CHUNK);
      await insertAll(tx, db.kind, 'releases', rows.releases);
      await insertAll(tx, db.kind, 'release_components', rows.components);
      await insertAll(tx, db.kind, 'checklist_items', rows.items);
      await insertAll(tx, db.kind, 'release_activity', rows.activity);
      await insertAll(tx, db.kind, 'release_decisions', rows.decisions);
      await insertAll(tx, db.kind, 'release_outcomes', rows.outcomes);
      await insertAll(tx, db.kind, 'release_action_items', rows.actionItems);
      const deployments = history.rowsOf(rows);
      await insertAll(tx, db.kind, 'deployments', deployments);
      totals.deployments += deployments.length;
      totals.components += rows.components.length;
      totals.items += rows.items.length;
      totals.outcomes += rows.outcomes.length;
      const elapsed = (performance.now() - start) / 1000;
      if (elapsed > deadlineSeconds && !organisation.done) {
        throw new SeedingTooSlow(elapsed, totals.items);
      }
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        log(
          `    … ${totals.items.toLocaleString('en')} items, ${(
            (lastLog - start) /
            1000
          ).toFixed(0)} s`,
        );
      }
    }
  });
  const seconds = (performance.now() - start) / 1000;

  // Fresh statistics, as autovacuum (PostgreSQL) would have after a load; SQLite plans with them too.
  const analyzeStart = performance.now();
  if (db.kind === 'postgres') {
    await knex.raw('VACUUM ANALYZE');
  } else {
    await knex.raw('ANALYZE');
  }
  const analyzeSeconds = (performance.now() - analyzeStart) / 1000;

  return {
    ...organisation.result(),
    releases: size,
    ...totals,
    seconds,
    migrateSeconds,
    analyzeSeconds,
  };
}
