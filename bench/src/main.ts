/*
 * Benchmarks of the Releases backend plugin on SQLite and PostgreSQL, and the frontend bundle size.
 *
 *   ./scripts/yarn.sh bench                       # 1,000, 10,000 and 100,000 releases, both databases
 *   BENCH_SIZES=1000,10000 ./scripts/yarn.sh bench
 *   ./scripts/yarn.sh bench --sizes=1000 --databases=sqlite --no-bundle
 *
 * Options (argument or environment variable):
 *   --sizes=1000,10000,100000      BENCH_SIZES          releases per organisation
 *   --databases=sqlite,postgres    BENCH_DATABASES
 *   --samples=100                  BENCH_SAMPLES        samples per operation when time allows
 *   --min-samples=50               BENCH_MIN_SAMPLES    samples per operation whatever the time
 *   --budget=20                    BENCH_BUDGET_SECONDS seconds per operation once min-samples are in
 *   --warmup=10                    BENCH_WARMUP         warm-up calls per operation, at least
 *   --warmup-seconds=3             BENCH_WARMUP_SECONDS warm up for at least this long
 *   --seed-timeout=900             BENCH_SEED_TIMEOUT   give up seeding a size after this many seconds
 *   --postgres=postgresql://postgres@127.0.0.1:5432    BENCH_POSTGRES_URL (a fresh database is created
 *                                                      and dropped for every size)
 *   --output=docs/benchmarks.md    BENCH_OUTPUT
 *   --operations=metrics,tick      BENCH_OPERATIONS     only these operations (their keys), to iterate on one;
 *                                                      a full run measures all of them
 *   --no-bundle                    BENCH_BUNDLE=0       skip building and measuring the frontend plugin
 *   --no-catalog                   BENCH_CATALOG=0      skip the real catalog backend, the entity list's peer
 *                                                      (its first processing of the organisation takes minutes)
 *   --profile                      BENCH_PROFILE=1      after the samples, profile 20 more endpoint calls of
 *                                                      each operation and report where the CPU time goes
 *                                                      (the risk refresh held back until they are done)
 *                                                      (raw .cpuprofile files in $TMPDIR/releases-bench-profiles)
 *
 * Writes the report to docs/benchmarks.md and the raw figures to bench/results/latest.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from './backend';
import { catalogIdle, measureCatalogPeer } from './catalogPeer';
import { type BundleResult, measureBundle } from './bundle';
import {
  type BenchDatabase,
  createDatabase,
  type DatabaseKind,
  dropStaleDatabases,
} from './databases';
import { describeMachine } from './machine';
import {
  distribution,
  measure,
  SqlClock,
  type SamplingOptions,
} from './measure';
import { operations } from './operations';
import { catalogEntities, MEASURED_ENTITY } from './organisation';
import { profileOperation } from './profile';
import { renderReport, type RunReport, type SizeRun } from './report';
import { seedOrganisation } from './seed';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** How long the catalog may take to process the organisation the first time. */
const CATALOG_READY_SECONDS = 900;

function option(name: string, env: string, fallback: string): string {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find(a => a.startsWith(prefix));
  return arg?.slice(prefix.length) ?? process.env[env] ?? fallback;
}

function numberList(text: string, what: string): number[] {
  const values = text.split(',').map(s => Number(s.trim().replace(/_/g, '')));
  if (values.some(v => !Number.isInteger(v) || v < 10)) {
    throw new Error(
      `${what}: expected whole numbers of at least 10, got "${text}"`,
    );
  }
  return values;
}

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

async function databaseVersion(
  kind: DatabaseKind,
  knex: import('knex').Knex,
): Promise<string> {
  if (kind === 'postgres') {
    const { rows } = await knex.raw('SHOW server_version');
    return `PostgreSQL ${rows[0].server_version}`;
  }
  const rows = await knex.raw('SELECT sqlite_version() AS v');
  return `SQLite ${rows[0].v} (better-sqlite3 ${
    require('better-sqlite3/package.json').version
  })`;
}

/** Formats a written file as the repository's Prettier config would, so `prettier --check .` passes. */
async function pretty(text: string, file: string): Promise<string> {
  try {
    const prettier = require('prettier');
    const options = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(text, { ...options, filepath: file });
  } catch {
    return text;
  }
}

/** The database being used, dropped if the run is interrupted. */
let current: BenchDatabase | undefined;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: dropping the benchmark database and stopping`);
    const db = current;
    current = undefined;
    (db ? db.destroy() : Promise.resolve())
      .catch(() => {})
      .finally(() => process.exit(130));
  });
}

/** A request that reaches the router, auth and validation but no SQL: the harness's fixed cost. */
async function requestFloor(
  backend: Awaited<ReturnType<typeof startBackend>>,
  sampling: SamplingOptions,
) {
  const call = () => backend.client.call('/templates');
  for (let i = 0; i < sampling.warmup; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < sampling.minSamples; i++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  return distribution(times);
}

async function runSize(
  kind: DatabaseKind,
  size: number,
  now: number,
  settings: {
    postgresUrl: string;
    sampling: SamplingOptions;
    seedTimeout: number;
    profile: boolean;
    only?: string[];
    /** The real catalog's database, when the entity list's peer is measured. */
    catalogDb?: BenchDatabase;
  },
): Promise<SizeRun> {
  const run: SizeRun = {
    database: kind,
    size,
    databaseVersion: '',
    operations: [],
  };
  const db = await createDatabase(kind, `${size}`, {
    postgresUrl: settings.postgresUrl,
  });
  current = db;
  try {
    run.databaseVersion = await databaseVersion(kind, db.knex);
    log(`${kind} ${size.toLocaleString('en')}: seeding (${db.description})`);
    const seed = await seedOrganisation(
      db,
      size,
      now,
      log,
      settings.seedTimeout,
    );
    run.seed = {
      seconds: seed.seconds,
      releases: seed.releases,
      components: seed.components,
      items: seed.items,
      outcomes: seed.outcomes,
      deployments: seed.deployments,
      databaseBytes: await db.sizeBytes(),
    };
    log(
      `  seeded ${seed.items.toLocaleString(
        'en',
      )} items and ${seed.deployments.toLocaleString(
        'en',
      )} deployments in ${seed.seconds.toFixed(
        1,
      )} s (+ migrations ${seed.migrateSeconds.toFixed(
        1,
      )} s, analyze ${seed.analyzeSeconds.toFixed(1)} s)`,
    );

    const entities = catalogEntities() as any[];
    const catalogKnex = settings.catalogDb?.knex;
    const backend = await startBackend(db.knex, entities, { catalogKnex });
    const clock = new SqlClock(db.knex);
    try {
      if (backend.catalog && catalogKnex) {
        // Nothing of the catalog's processing may run during the samples (it shares the process).
        const waited = performance.now();
        const state = await catalogIdle(
          backend.catalog,
          catalogKnex,
          entities.length,
          CATALOG_READY_SECONDS,
        );
        log(
          `  catalog: ${state.served} of ${entities.length} entities served, ${
            state.due
          } due for processing, ${state.stitching} for stitching, after ${(
            (performance.now() - waited) /
            1000
          ).toFixed(1)} s`,
        );
        if (!state.idle) {
          throw new Error(
            `the catalog was not done processing after ${CATALOG_READY_SECONDS} s`,
          );
        }
      }
      run.requestFloor = await requestFloor(backend, settings.sampling);
      log(
        `  GET /templates (no SQL): p50 ${run.requestFloor.p50.toFixed(2)} ms`,
      );
      const chosen = (
        await operations({ kind, knex: db.knex, backend, seed })
      ).filter(op => !settings.only || settings.only.includes(op.key));
      for (const op of chosen) {
        const result = await measure(
          op,
          backend.counters,
          clock,
          settings.sampling,
          backend.idle,
        );
        if (settings.profile) {
          const resume = await backend.pauseBackground();
          try {
            result.profile = await profileOperation(
              op,
              20,
              100_000,
              path.join(
                os.tmpdir(),
                'releases-bench-profiles',
                `${kind}-${size}-${op.key}.cpuprofile`,
              ),
            );
          } finally {
            resume();
            await backend.idle();
          }
        }
        run.operations.push(result);
        log(
          `  ${op.label}: p50 ${result.endpoint.p50.toFixed(
            2,
          )} ms, p95 ${result.endpoint.p95.toFixed(
            2,
          )} ms, raw p50 ${result.raw.p50.toFixed(2)} ms, ratio ${(
            result.endpoint.p50 / result.raw.p50
          ).toFixed(2)}, ${result.queriesPerCall.join(
            '/',
          )} SQL, ${result.catalogRequestsPerCall.join('/')} catalog${
            result.endpointCatalog.p50 > 0
              ? ` (wait p50 ${result.endpointCatalog.p50.toFixed(
                  2,
                )} ms; ratio without it ${(
                  result.endpointLessCatalog.p50 / result.raw.p50
                ).toFixed(2)})`
              : ''
          }, ${result.rows} rows, n=${result.endpoint.n}`,
        );
      }
      if (backend.catalog) {
        run.catalogPeer = await measureCatalogPeer(
          backend.catalog,
          () =>
            backend.client.call(
              `/releases?entityRef=${encodeURIComponent(MEASURED_ENTITY)}`,
            ),
          settings.sampling,
        );
        const p = run.catalogPeer;
        log(
          `  catalog peer GET /api/catalog${
            p.request
          }: p50 ${p.catalog.p50.toFixed(2)} ms for ${
            p.catalogRows
          } rows; the entity list ${p.list.p50.toFixed(2)} ms for ${
            p.listRows
          } rows`,
        );
      }
    } finally {
      clock.dispose();
      await backend.stop();
    }
  } catch (error) {
    run.error = String((error as Error).message ?? error).slice(0, 1000);
    log(`  failed: ${run.error}`);
  } finally {
    current = undefined;
    await db.destroy();
  }
  return run;
}

async function main() {
  const started = performance.now();
  const sizes = numberList(
    option('sizes', 'BENCH_SIZES', '1000,10000,100000'),
    'sizes',
  );
  const databases = option('databases', 'BENCH_DATABASES', 'sqlite,postgres')
    .split(',')
    .map(s => s.trim()) as DatabaseKind[];
  for (const d of databases) {
    if (d !== 'sqlite' && d !== 'postgres') {
      throw new Error(`databases: expected sqlite and/or postgres, got "${d}"`);
    }
  }
  const sampling: SamplingOptions = {
    samples: Number(option('samples', 'BENCH_SAMPLES', '100')),
    minSamples: Number(option('min-samples', 'BENCH_MIN_SAMPLES', '50')),
    budgetSeconds: Number(option('budget', 'BENCH_BUDGET_SECONDS', '20')),
    warmup: Number(option('warmup', 'BENCH_WARMUP', '10')),
    warmupSeconds: Number(
      option('warmup-seconds', 'BENCH_WARMUP_SECONDS', '3'),
    ),
  };
  sampling.samples = Math.max(sampling.samples, sampling.minSamples);
  const seedTimeout = Number(
    option('seed-timeout', 'BENCH_SEED_TIMEOUT', '900'),
  );
  const postgresUrl = option(
    'postgres',
    'BENCH_POSTGRES_URL',
    'postgresql://postgres@127.0.0.1:5432',
  );
  const output = path.resolve(
    REPO_ROOT,
    option('output', 'BENCH_OUTPUT', 'docs/benchmarks.md'),
  );
  const onlyList = option('operations', 'BENCH_OPERATIONS', '');
  const only = onlyList ? onlyList.split(',').map(s => s.trim()) : undefined;
  const bundle =
    !process.argv.includes('--no-bundle') && process.env.BENCH_BUNDLE !== '0';
  const profile =
    process.argv.includes('--profile') || process.env.BENCH_PROFILE === '1';
  const catalogPeer =
    !process.argv.includes('--no-catalog') &&
    process.env.BENCH_CATALOG !== '0' &&
    (!only || only.includes('entityList'));

  const machine = describeMachine();
  // One "now" for the whole run, so that both databases hold the same organisation.
  const now = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const command = [
    `BENCH_SIZES=${sizes.join(',')}`,
    `BENCH_DATABASES=${databases.join(',')}`,
    ...(bundle ? [] : ['BENCH_BUNDLE=0']),
    ...(profile ? ['BENCH_PROFILE=1'] : []),
    ...(only ? [`BENCH_OPERATIONS=${only.join(',')}`] : []),
    ...(catalogPeer ? [] : ['BENCH_CATALOG=0']),
    './scripts/yarn.sh bench',
  ].join(' ');
  log(
    `${command}\n${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage}`,
  );

  if (databases.includes('postgres')) {
    const stale = await dropStaleDatabases(postgresUrl);
    if (stale.length)
      log(`Dropped databases of interrupted runs: ${stale.join(', ')}`);
  }

  const runs: SizeRun[] = [];
  let bundleResult: BundleResult | undefined;
  const json = path.join(REPO_ROOT, 'bench', 'results', 'latest.json');
  // Written after every size, so that an interrupted run still leaves the figures it got.
  const write = async (complete: boolean) => {
    const report: RunReport = {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      command,
      machine,
      sampling,
      runs,
      bundle: bundleResult,
      seconds: (performance.now() - started) / 1000,
      incomplete: complete
        ? undefined
        : planned.filter(
            p =>
              !runs.some(r => r.database === p.database && r.size === p.size),
          ),
    };
    fs.mkdirSync(path.dirname(output), { recursive: true });
    fs.writeFileSync(output, await pretty(renderReport(report), output));
    fs.mkdirSync(path.dirname(json), { recursive: true });
    fs.writeFileSync(
      json,
      await pretty(`${JSON.stringify(report, null, 2)}\n`, json),
    );
  };
  const planned = databases.flatMap(database =>
    sizes.map(size => ({ database, size })),
  );
  // The catalog (the entity list's peer) keeps one database per engine across the sizes: it
  // processes the organisation's entities once, and finds them unchanged at every later start.
  const catalogDbs = new Map<DatabaseKind, BenchDatabase>();
  try {
    for (const { database: kind, size } of planned) {
      let catalogDb = catalogDbs.get(kind);
      if (!catalogDb && catalogPeer) {
        catalogDb = await createDatabase(kind, 'catalog', { postgresUrl });
        catalogDbs.set(kind, catalogDb);
      }
      runs.push(
        await runSize(kind, size, now, {
          postgresUrl,
          sampling,
          seedTimeout,
          profile,
          only,
          catalogDb,
        }),
      );
      await write(false);
    }
  } finally {
    for (const catalogDb of catalogDbs.values()) await catalogDb.destroy();
  }

  if (bundle) {
    log('Building plugins/releases for its bundle size');
    bundleResult = measureBundle(REPO_ROOT);
    log(
      bundleResult.ok
        ? `  dist ${bundleResult.totalBytes} bytes, JS gzip ${bundleResult.jsGzipBytes} bytes`
        : `  build failed: ${bundleResult.error.split('\n')[0]}`,
    );
  }
  await write(true);
  log(
    `Wrote ${path.relative(REPO_ROOT, output)} and ${path.relative(
      REPO_ROOT,
      json,
    )}`,
  );
  if (runs.some(r => r.error)) process.exitCode = 1;
}

main().catch(error => {
  process.stderr.write(`${String(error?.stack ?? error).slice(0, 2000)}\n`);
  process.exit(1);
});
