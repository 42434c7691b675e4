import type { Machine } from '../../bench/src/machine';
import type { SeedResult } from '../../bench/src/seed';
import type { Check } from './checks';
import type { KillRecord } from './kill';
import { figuresOf, type Samples } from './latencies';
import { READS } from './reads';

export interface SoakRun {
  command: string;
  /** Seconds of load. */
  seconds: number;
  /** Seconds of the whole command: seeding, start-up, load, checks. */
  totalSeconds: number;
  seed: SeedResult;
  database: string;
  startMs: number[];
  catalogMs: number;
  samples: Samples;
  checks: Check[];
  kill: KillRecord;
  /** Seconds into the load when b was killed. */
  killAfterSeconds: number;
  /** The machine, described when the run started. */
  machine: Machine;
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const num = (v: number) => v.toLocaleString('en');

/** The operations in the order the report lists them: reads, then writes, then probes. */
const ORDER = [
  ...Object.keys(READS),
  'tick',
  'edit',
  'concurrent edit',
  'check result',
  'deployment',
  'plan release',
  'transition',
  'feed create',
  'feed ics',
  'freeze edit',
];

function operationTable(run: SoakRun): string {
  const ops = run.samples
    .operations()
    .sort(
      (x, y) =>
        (ORDER.indexOf(x) + 1 || 99) - (ORDER.indexOf(y) + 1 || 99) ||
        x.localeCompare(y),
    );
  const lines = [
    '| operation | requests | per second | p50 ms | p95 ms | p99 ms | errors | on a / on b |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const op of ops) {
    const f = figuresOf(run.samples.of(op), run.seconds);
    const onA = run.samples.of(op, 'a').length;
    const onB = run.samples.of(op, 'b').length;
    lines.push(
      `| ${op} | ${num(f.requests)} | ${f.throughput.toFixed(1)} | ${ms(
        f.p50,
      )} | ${ms(f.p95)} | ${ms(f.p99)} | ${f.errors} | ${num(onA)} / ${num(
        onB,
      )} |`,
    );
  }
  return lines.join('\n');
}

export function renderReport(run: SoakRun): string {
  const m = run.machine;
  const pass = run.checks.every(c => c.pass);
  return `# Replica soak

Two replicas of the demo backend (packages/backend from source, each its own node process and
port) on one PostgreSQL database seeded with the benchmark's organisation, under a mix of reads
(autocannon, one connection per read operation and replica) and writes (the soak's own client,
which records every answer), with one replica SIGKILLed in the middle and restarted. Written by
\`soak/src/main.ts\`; see the README, "Running it at scale".

**Result: ${pass ? 'every check passed' : 'FAILED'}.**

- Command: \`${run.command}\`
- Machine: ${m.cpu}, ${m.cores} cores shared with other work (load average ${
    m.loadAverage
  } at the start), ${m.memoryGiB} GiB, Node ${m.node}, ${
    m.os
  }; PostgreSQL on localhost
- Duration: ${run.seconds.toFixed(0)} s of load; ${(
    run.totalSeconds / 60
  ).toFixed(
    1,
  )} minutes for the whole command (seeding ${run.seed.seconds.toFixed(
    0,
  )} s, replicas ready in ${run.startMs
    .map(v => `${(v / 1000).toFixed(1)} s`)
    .join(' and ')} one after the other, the catalog's ${(
    run.catalogMs / 1000
  ).toFixed(0)} s more to hold the organisation, checks)
- Data: ${num(run.seed.releases)} releases, ${num(
    run.seed.items,
  )} checklist items, ${num(
    run.seed.deployments,
  )} deployments; 2,000 components, 200 systems, 100 teams and 50 users in the catalog
- Kill: replica b SIGKILLed ${run.killAfterSeconds.toFixed(0)} s into the load${
    run.kill.cutReminderRun
      ? ', just after it logged claiming reminders to send (the kill waits up to two reminder periods for one of its runs)'
      : ' (no reminder run of its claimed any in the two periods the kill waits for one)'
  }, restarted at once, ready again ${(run.kill.restartMs / 1000).toFixed(
    1,
  )} s after the kill

## Checks

| check | result | what it saw |
|---|---|---|
${run.checks
  .map(
    c =>
      `| ${c.name} | ${c.pass ? 'pass' : '**FAIL**'} | ${c.detail.replace(
        /\|/g,
        '\\|',
      )} |`,
  )
  .join('\n')}

## Operations

Throughput is over the ${run.seconds.toFixed(
    0,
  )} s of load (b served none while it was down); times are of answered requests, a 409 of a write
included; errors are answers other than 200/201 (and 409 for revision-checked writes) and requests
with no answer, without those the kill cut short on b.

${operationTable(run)}
`;
}
