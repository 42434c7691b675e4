import type { Knex } from 'knex';
import type { Counters } from './backend';
import type { ProfileSummary } from './profile';

export interface SamplingOptions {
  /** Calls of each kind before measuring, at least. */
  warmup: number;
  /** Warm-up goes on until it has run this long (V8 optimises a function after many calls). */
  warmupSeconds: number;
  /** Samples taken when time allows. */
  samples: number;
  /** Samples taken whatever the time. */
  minSamples: number;
  /** Once minSamples are in, stop when an operation has run this long. */
  budgetSeconds: number;
}

export interface Distribution {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export interface OperationResult {
  key: string;
  label: string;
  endpoint: Distribution;
  raw: Distribution;
  /** Time with at least one of the endpoint's SQL statements in flight, per call. */
  endpointSql: Distribution;
  /** Time with a request to the catalog stand-in in flight, per call (see Counters.catalogMs). */
  endpointCatalog: Distribution;
  /** Each call's time less its time waiting on the catalog stand-in: what the raw SQL compares with. */
  endpointLessCatalog: Distribution;
  /** Statements per endpoint call: every call's count, deduplicated. */
  queriesPerCall: number[];
  catalogRequestsPerCall: number[];
  /** Statements the raw floor runs. */
  rawQueries: number;
  /** What the endpoint returned and the raw SQL read (rows), checked equal. */
  rows: number;
  note?: string;
  /** Where the CPU time of an endpoint call goes (with --profile). */
  profile?: ProfileSummary;
}

/** One operation: an HTTP call to the plugin and the raw SQL reading (or writing) the same rows. */
export interface Operation {
  key: string;
  label: string;
  /**
   * Makes the call and reads the answer to its last byte (timed); the function it returns checks the
   * answer and counts its rows (not timed: parsing the JSON is the client's work), to compare with
   * the raw SQL's.
   */
  endpoint(call: number): Promise<() => number>;
  raw(call: number): Promise<number>;
  rawQueries: number;
  note?: string;
}

export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least p of the samples at or below it.
  const rank = (p: number) =>
    sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return {
    n: sorted.length,
    p50: rank(0.5),
    p95: rank(0.95),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/**
 * Watches a knex for the time during which at least one statement is in flight, so that an HTTP
 * call's time can be split into SQL and everything else (the plugin runs some statements together).
 */
export class SqlClock {
  private inFlight = new Set<string>();
  private since = 0;
  private total = 0;

  constructor(private readonly knex: Knex) {
    knex.on('query', this.start);
    knex.on('query-response', this.end);
    knex.on('query-error', this.fail);
  }

  /** Milliseconds with SQL in flight since the clock was created. */
  elapsed(): number {
    return this.inFlight.size
      ? this.total + (performance.now() - this.since)
      : this.total;
  }

  dispose() {
    this.knex.off('query', this.start);
    this.knex.off('query-response', this.end);
    this.knex.off('query-error', this.fail);
  }

  private start = (q: { __knexQueryUid?: string }) => {
    // Transaction control (BEGIN, COMMIT) has no id and no response event: counted, not timed.
    if (!q.__knexQueryUid) return;
    if (this.inFlight.size === 0) this.since = performance.now();
    this.inFlight.add(q.__knexQueryUid);
  };

  private end = (
    _response: unknown,
    q: { __knexQueryUid?: string } | undefined,
  ) => {
    if (!q?.__knexQueryUid || !this.inFlight.delete(q.__knexQueryUid)) return;
    if (this.inFlight.size === 0) this.total += performance.now() - this.since;
  };

  private fail = (_error: unknown, q: { __knexQueryUid?: string }) =>
    this.end(undefined, q);
}

/**
 * Samples an operation: warm-up, then endpoint and raw calls interleaved (their order alternating)
 * so that a noisy neighbour on a shared machine slows both alike. Takes `samples` pairs, or stops
 * after `minSamples` once the time budget is spent.
 */
export async function measure(
  op: Operation,
  counters: Counters,
  clock: SqlClock,
  options: SamplingOptions,
  /** Waits for the backend's background work between calls (see RunningBackend.idle). */
  settle: () => Promise<void> = async () => {},
): Promise<OperationResult> {
  // Each operation starts from a collected heap (the benchmark runs with --expose-gc), so that the
  // garbage of seeding or of the operation before is not collected during this one's samples.
  (globalThis as { gc?: () => void }).gc?.();
  let call = 0;
  const warming = performance.now();
  while (
    call < options.warmup ||
    performance.now() - warming < options.warmupSeconds * 1000
  ) {
    (await op.endpoint(call))();
    await settle();
    await op.raw(call);
    call += 1;
  }

  const endpointMs: number[] = [];
  const rawMs: number[] = [];
  const sqlMs: number[] = [];
  const catalogMs: number[] = [];
  const lessCatalogMs: number[] = [];
  const queries = new Set<number>();
  const catalogRequests = new Set<number>();
  let endpointRows = -1;
  let rawRows = -1;

  const timeEndpoint = async () => {
    const q0 = counters.queries;
    const c0 = counters.catalogRequests;
    const k0 = counters.catalogMs;
    const s0 = clock.elapsed();
    const t0 = performance.now();
    const answer = await op.endpoint(call);
    const ms = performance.now() - t0;
    endpointMs.push(ms);
    sqlMs.push(clock.elapsed() - s0);
    catalogMs.push(counters.catalogMs - k0);
    lessCatalogMs.push(ms - (counters.catalogMs - k0));
    queries.add(counters.queries - q0);
    catalogRequests.add(counters.catalogRequests - c0);
    endpointRows = answer();
  };
  const timeRaw = async () => {
    const t0 = performance.now();
    rawRows = await op.raw(call);
    rawMs.push(performance.now() - t0);
  };

  const started = performance.now();
  for (let i = 0; i < options.samples; i++) {
    if (
      i >= options.minSamples &&
      performance.now() - started > options.budgetSeconds * 1000
    ) {
      break;
    }
    if (i % 2 === 0) {
      await timeEndpoint();
      await settle();
      await timeRaw();
    } else {
      await timeRaw();
      await timeEndpoint();
      await settle();
    }
    call += 1;
  }
  if (endpointRows !== rawRows) {
    throw new Error(
      `${op.label}: the endpoint answered ${endpointRows} rows and the raw SQL read ${rawRows}; they must read the same rows`,
    );
  }

  return {
    key: op.key,
    label: op.label,
    endpoint: distribution(endpointMs),
    raw: distribution(rawMs),
    endpointSql: distribution(sqlMs),
    endpointCatalog: distribution(catalogMs),
    endpointLessCatalog: distribution(lessCatalogMs),
    queriesPerCall: [...queries].sort((a, b) => a - b),
    catalogRequestsPerCall: [...catalogRequests].sort((a, b) => a - b),
    rawQueries: op.rawQueries,
    rows: endpointRows,
    note: op.note,
  };
}
