/*
 * The replica soak (issue 19): two real backends of the demo, each its own process and port, on one
 * PostgreSQL database seeded with the benchmark's 10,000-release organisation; autocannon reads
 * and the soak's own writers spread over both for SOAK_SECONDS; one replica SIGKILLed in the middle
 * and restarted; then the database is compared with every answer the writers got. Writes
 * docs/soak.md (SOAK_OUTPUT elsewhere) and exits 1 when a check fails.
 *
 *   ./scripts/yarn.sh soak
 *
 * SOAK_SECONDS (default 120), SOAK_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432),
 * SOAK_SIZE (releases, default 10000), SOAK_OUTPUT (default docs/soak.md), SOAK_KEEP_LOGS=1 keeps
 * the replicas' logs (their folder is printed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeMachine } from '../../bench/src/machine';
import {
  type Check,
  checkResultsCheck,
  concurrentEditsCheck,
  deploymentsCheck,
  openTransactionsCheck,
  plannedReleasesCheck,
  revisionedWritesCheck,
} from './checks';
import { guestToken, SoakClient } from './client';
import {
  REMINDER_FREQUENCY_SECONDS,
  REMINDER_TIMEOUT_SECONDS,
  SCHEDULER_JANITOR_SECONDS,
  writeCatalogFile,
  writeReplicaConfig,
} from './config';
import { createSoakDatabase, type SoakDatabase } from './database';
import { killAndRestart, killChecks, type KillRecord } from './kill';
import { Samples } from './latencies';
import { feedProbe, FreezeProbe, type Probe } from './probes';
import { ReadLoad } from './reads';
import { remindersCheck } from './reminders';
import { freePort, Replica } from './replica';
import { renderReport } from './report';
import { chooseTargets } from './targets';
import {
  checkResultLoop,
  deploymentLoop,
  editLoop,
  emptyLedger,
  planLoop,
  type WriterContext,
} from './writers';

const ROOT = path.resolve(__dirname, '../..');
const seconds = Number(process.env.SOAK_SECONDS ?? 120);
const postgresUrl =
  process.env.SOAK_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432';
const size = Number(process.env.SOAK_SIZE ?? 10000);
const output = path.resolve(ROOT, process.env.SOAK_OUTPUT ?? 'docs/soak.md');
const started = Date.now();
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const log = (line: string) =>
  console.log(
    `[soak ${((Date.now() - started) / 1000)
      .toFixed(0)
      .padStart(4)} s] ${line}`,
  );

/** Waits until the replica's catalog holds the organisation's last entities (processed, stitched). */
async function waitForCatalog(
  replica: Replica,
  token: string,
  timeoutMs: number,
) {
  const begun = Date.now();
  const last = [
    'component/default/svc-1999',
    'user/default/user-49',
    'group/default/team-099',
  ];
  while (Date.now() - begun < timeoutMs) {
    const found = await Promise.all(
      last.map(ref =>
        fetch(`${replica.baseUrl}/api/catalog/entities/by-name/${ref}`, {
          headers: { authorization: `Bearer ${token}` },
        })
          .then(r => r.status === 200)
          .catch(() => false),
      ),
    );
    if (found.every(Boolean)) return Date.now() - begun;
    await sleep(2000);
  }
  throw new Error(
    `the catalog did not hold the organisation after ${timeoutMs} ms`,
  );
}

async function main(): Promise<boolean> {
  const machine = describeMachine();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'releases-soak-'));
  let db: SoakDatabase | undefined;
  const replicas: Replica[] = [];
  // Stops the replicas and drops the database, at the end, on a failure or on Ctrl-C.
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await Promise.all(replicas.map(r => r.stop().catch(() => {})));
      await db?.destroy().catch(e => log(`Could not drop the database: ${e}`));
      if (process.env.SOAK_KEEP_LOGS) log(`Logs kept in ${work}`);
      else fs.rmSync(work, { recursive: true, force: true });
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the replicas and dropping the database`);
      cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    log(
      `Seeding ${size.toLocaleString(
        'en',
      )} releases into a fresh PostgreSQL database`,
    );
    const created = await createSoakDatabase(postgresUrl, size, log);
    db = created.db;
    const seed = created.seed;
    log(
      `Seeded in ${seed.seconds.toFixed(0)} s (${seed.items.toLocaleString(
        'en',
      )} items): database ${db.name}`,
    );

    const catalogFile = writeCatalogFile(work);
    const ports: number[] = [];
    for (const name of ['a', 'b']) {
      // A port just freed can come back for the next ask: take another then.
      let port = await freePort();
      while (ports.includes(port)) port = await freePort();
      ports.push(port);
      const config = writeReplicaConfig(work, name, {
        port,
        postgresUrl,
        database: db.name,
        catalogFile,
      });
      replicas.push(new Replica(name, port, config, work));
    }
    const [a, b] = replicas;
    // One after the other: started at once on a fresh database, Backstage's own plugins race for
    // their migrations and the loser fails its start-up (the scaffolder's MigrationLocked, seen
    // here; the README's "Running it at scale" says more).
    log(`Starting replica a (:${a.port}), then b (:${b.port})`);
    const startMs: number[] = [];
    for (const replica of replicas) startMs.push(await replica.start());
    log(
      `Ready in ${startMs
        .map(ms => `${(ms / 1000).toFixed(1)} s`)
        .join(' and ')}`,
    );
    const token = await guestToken(a);
    const catalogMs = await waitForCatalog(b, token, 300_000);
    log(
      `Catalog holds the organisation after ${(catalogMs / 1000).toFixed(
        0,
      )} more s`,
    );

    const targets = await chooseTargets(db.releases, seed.now);
    const samples = new Samples();
    const client = new SoakClient(token, samples);
    const ledger = emptyLedger();
    let stopped = false;
    const ctx: WriterContext = {
      replicas,
      client,
      ledger,
      targets,
      stopped: () => stopped,
    };
    const probes: Probe[] = [];
    const freeze = new FreezeProbe(client);
    await freeze.create(a, Date.now());

    log(
      `Load for ${seconds} s: reads on both replicas (autocannon), writers, probes; b killed from ${Math.round(
        seconds * 0.4,
      )} s on, at its next reminder run`,
    );
    const loadStart = Date.now();
    const reads = new Map(
      replicas.map(r => [r.name, new ReadLoad(r, token, targets, samples)]),
    );
    reads.forEach(load => load.start());
    const writers = [
      editLoop(ctx, 20),
      editLoop(ctx, 20),
      editLoop(ctx, 20),
      editLoop(ctx, 20),
      checkResultLoop(ctx, 200),
      deploymentLoop(ctx, 200),
      planLoop(ctx, 5000),
    ];

    const probeLoop = (async () => {
      let n = 0;
      while (!stopped) {
        const [from, to] = n % 2 === 0 ? [a, b] : [b, a];
        n += 1;
        if (from.up && to.up) {
          for (const run of [
            () => feedProbe(client, from, to),
            () => freeze.probe(from, to),
          ]) {
            const begun = Date.now();
            const probe = await run();
            // Cut by the kill: it came while the probe ran, or the victim is still down.
            const killed =
              Math.max(from.killedAt, to.killedAt) >= begun ||
              !from.up ||
              !to.up;
            probes.push({ ...probe, cut: !probe.pass && killed });
          }
        }
        await sleep(5000);
      }
    })();

    // The kill: b disappears mid-request (SIGKILL), a serves alone, b restarts and must catch up.
    await sleep(seconds * 400);
    log('SIGKILL b at its next reminder run (or within two periods)');
    const kill: KillRecord = await killAndRestart({
      survivor: a,
      victim: b,
      stopVictimReads: () => reads.get('b')!.stop(),
      client,
      db,
      targets,
      freeze,
      reminderRunWithinMs: 2 * REMINDER_FREQUENCY_SECONDS * 1000,
    });
    const killAfterSeconds = (kill.killedAt - loadStart) / 1000;
    log(
      `b was SIGKILLed ${killAfterSeconds.toFixed(0)} s in${
        kill.cutReminderRun ? ', as it had claimed reminders to send' : ''
      }`,
    );
    const bReads = new ReadLoad(b, token, targets, samples);
    bReads.start();
    reads.set('b', bReads);
    log(`b back after ${(kill.restartMs / 1000).toFixed(1)} s`);

    await sleep(Math.max(0, loadStart + seconds * 1000 - Date.now()));
    stopped = true;
    await Promise.all([...reads.values()].map(load => load.stop()));
    await Promise.all([...writers, probeLoop]);
    const loadSeconds = (Date.now() - loadStart) / 1000;
    log(`Load done (${loadSeconds.toFixed(0)} s); checking`);

    // One more reminder period, so that the last releases planned have been seen by a run.
    const seenBefore = Date.now() - (2 * REMINDER_FREQUENCY_SECONDS + 5) * 1000;
    const checks: Check[] = [
      await revisionedWritesCheck(
        db.releases,
        ledger,
        targets,
        targets.activityBaseline,
      ),
      concurrentEditsCheck(ledger),
      await deploymentsCheck(db.releases, ledger),
      await checkResultsCheck(db.releases, ledger),
      await plannedReleasesCheck(db.releases, ledger),
      await remindersCheck({
        releases: db.releases,
        notifications: db.schema('notifications'),
        replicas,
        seenBefore,
        killedAt: kill.killedAt,
        // The cut run's task freed by the janitor, then a run that takes its claims over.
        retryWithinMs:
          (REMINDER_TIMEOUT_SECONDS +
            SCHEDULER_JANITOR_SECONDS +
            2 * REMINDER_FREQUENCY_SECONDS) *
          1000,
      }),
      probeCheck(
        'feed',
        'A feed created on one replica is served by the other',
        probes,
      ),
      probeCheck(
        'freeze',
        "A freeze changed on one replica is on the other's calendar at once",
        probes,
      ),
      ...killChecks(kill, samples, 'a', 'b'),
      await openTransactionsCheck(db.releases, db.name),
    ];
    const pass = checks.every(c => c.pass);
    for (const check of checks)
      log(`${check.pass ? '✔' : '✘'} ${check.name}: ${check.detail}`);

    fs.writeFileSync(
      output,
      renderReport({
        command: `SOAK_SECONDS=${seconds} ./scripts/yarn.sh soak`,
        seconds: loadSeconds,
        totalSeconds: (Date.now() - started) / 1000,
        seed,
        database: db.name,
        startMs,
        catalogMs,
        samples,
        checks,
        kill,
        killAfterSeconds,
        machine,
      }),
    );
    log(
      `Report: ${path.relative(ROOT, output)}; ${
        pass ? 'every check passed' : 'a check FAILED'
      }`,
    );
    return pass;
  } finally {
    await cleanUp();
  }
}

function probeCheck(kind: Probe['kind'], name: string, probes: Probe[]): Check {
  const cut = probes.filter(p => p.kind === kind && p.cut);
  const mine = probes.filter(p => p.kind === kind && !p.cut);
  const failed = mine.filter(p => !p.pass);
  return {
    name,
    pass: mine.length > 0 && failed.length === 0,
    detail: `${mine.length - failed.length} of ${
      mine.length
    } probes pass, alternately a→b and b→a${
      cut.length
        ? ` (and ${cut.length} cut short by the kill: ${cut[0].detail})`
        : ''
    }${
      failed.length
        ? `: ${failed
            .slice(0, 3)
            .map(p => p.detail)
            .join('; ')}`
        : ''
    }`,
  };
}

main().then(
  pass => process.exit(pass ? 0 : 1),
  error => {
    console.error(error);
    process.exit(1);
  },
);
