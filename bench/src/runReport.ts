import type { BundleResult } from './bundle';
import type { CatalogPeerResult } from './catalogPeer';
import type { DatabaseKind } from './databases';
import type { Machine } from './machine';
import type { Distribution, OperationResult, SamplingOptions } from './measure';

/** What a run found, as bench/results/latest.json holds it, and the helpers that format it. */

export interface SizeRun {
  database: DatabaseKind;
  size: number;
  databaseVersion: string;
  seed?: {
    seconds: number;
    releases: number;
    components: number;
    items: number;
    outcomes: number;
    /** Absent in runs from before deployments were seeded. */
    deployments?: number;
    databaseBytes: number;
  };
  operations: OperationResult[];
  /** GET /templates: a request through the same stack that runs no SQL. */
  requestFloor?: Distribution;
  /** The catalog's own list for a page of the entity list's size, timed with it (catalogPeer.ts). */
  catalogPeer?: CatalogPeerResult;
  /** Why this size has no (or incomplete) figures. */
  error?: string;
}

export interface RunReport {
  date: string;
  command: string;
  machine: Machine;
  sampling: SamplingOptions;
  runs: SizeRun[];
  bundle?: BundleResult;
  seconds: number;
  /** Databases and sizes still to run when this was written (the run is in progress or was stopped). */
  incomplete?: Array<{ database: DatabaseKind; size: number }>;
}

export const DATABASE_NAMES: Record<DatabaseKind, string> = {
  sqlite: 'SQLite',
  postgres: 'PostgreSQL',
};

export const ms = (v: number) =>
  v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
export const ratio = (v: number) => `${v.toFixed(2)}×`;
export const sizeLabel = (n: number) =>
  n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
export const counts = (values: number[]) =>
  values.length === 1
    ? String(values[0])
    : `${values[0]}–${values[values.length - 1]}`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const met = (ok: boolean) => (ok ? '**met**' : '**not met**');

export function find(run: SizeRun | undefined, key: string) {
  return run?.operations.find(o => o.key === key);
}

export function runOf(report: RunReport, database: DatabaseKind, size: number) {
  return report.runs.find(r => r.database === database && r.size === size);
}

/** p50 of the endpoint's calls less their wait on the catalog stand-in / p50 raw. */
export const lessCatalogRatio = (op: OperationResult) =>
  (op.endpointLessCatalog ?? op.endpoint).p50 / op.raw.p50;

/** p50 endpoint / p50 raw. */
export const endpointRatio = (op: OperationResult) =>
  op.endpoint.p50 / op.raw.p50;
