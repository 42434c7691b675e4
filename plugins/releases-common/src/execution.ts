import type {
  Deployment,
  ExecutionStep,
  ExecutionStepStatus,
  ReleaseExecution,
} from './deploymentTypes';

/**
 * What the runbook is made of: the release's order from the dependency graph, and its deployments.
 *
 * @public
 */
export interface ExecutionInput {
  releaseId: string;
  productionEnvironment: string;
  /** The release's components, dependencies first (the insights' suggested order). */
  order: string[];
  /** Groups of components that depend on each other in a cycle (the insights' cycles). */
  cycles: string[][];
  /** Per component, the components it depends on (others are ignored: only the release's count). */
  dependencies: ReadonlyMap<string, readonly string[]>;
  /** The release's deployments, in any order. */
  deployments: Deployment[];
  /** The catalog could not be read: `order` is then the release's own. */
  degraded: boolean;
}

const ms = (iso: string) => Date.parse(iso);

/** Newest start first; the id breaks ties so that every reader sees the same order. */
function newestFirst(a: Deployment, b: Deployment): number {
  return ms(b.startedAt) - ms(a.startedAt) || (a.id < b.id ? 1 : -1);
}

const isFailure = (
  status: Deployment['status'] | ExecutionStepStatus,
): status is 'failed' | 'rolled_back' =>
  status === 'failed' || status === 'rolled_back';

/** One component's deployments and the production facts the runbook reads from them. */
interface Track {
  deployments: Deployment[];
  /** The latest production deployment, whatever its status. */
  latestProduction: Deployment | undefined;
  /** Finish (ms) of the first succeeded production deployment; null before one. */
  firstSuccessAt: number | null;
  /** The succeeded production deployment that finished last. */
  lastSuccess: Deployment | undefined;
}

function trackOf(deployments: Deployment[], production: string): Track {
  const sorted = [...deployments].sort(newestFirst);
  const track: Track = {
    deployments: sorted,
    latestProduction: sorted.find(d => d.environment === production),
    firstSuccessAt: null,
    lastSuccess: undefined,
  };
  for (const d of sorted) {
    if (
      d.environment !== production ||
      d.status !== 'succeeded' ||
      d.finishedAt === null
    ) {
      continue;
    }
    const at = ms(d.finishedAt);
    if (track.firstSuccessAt === null || at < track.firstSuccessAt) {
      track.firstSuccessAt = at;
    }
    if (!track.lastSuccess || at > ms(track.lastSuccess.finishedAt!)) {
      track.lastSuccess = d;
    }
  }
  return track;
}

/**
 * A failed or rolled-back latest production deployment shows whatever came before it (a failure must
 * be seen at once); then any production success makes the step deployed, even while a redeployment
 * runs; anything else reported is a step under way.
 */
function statusOf(track: Track): ExecutionStepStatus {
  const latest = track.latestProduction;
  if (latest && isFailure(latest.status)) return latest.status;
  if (track.firstSuccessAt !== null) return 'deployed';
  return track.deployments.length ? 'deploying' : 'pending';
}

/**
 * The runbook of a release: its components as steps in the suggested order, each with its status,
 * its latest deployment and the dependencies it went ahead of. A step went ahead of a dependency
 * (of the release, outside the step's own cycle, whose members go together) when its first
 * succeeded production deployment finished before the dependency's first did, or while the
 * dependency had none. It is history: a step that went ahead stays flagged once the dependency
 * follows. Deployments of components no longer in the release are left out.
 *
 * @public
 */
export function computeExecution(input: ExecutionInput): ReleaseExecution {
  const { order, productionEnvironment: production } = input;
  const position = new Map(order.map((ref, i) => [ref, i]));
  const byComponent = new Map<string, Deployment[]>(order.map(r => [r, []]));
  for (const d of input.deployments) byComponent.get(d.entityRef)?.push(d);
  const tracks = new Map(
    order.map(ref => [ref, trackOf(byComponent.get(ref)!, production)]),
  );
  const cycleOf = new Map<string, string[]>();
  for (const cycle of input.cycles) {
    for (const ref of cycle) cycleOf.set(ref, cycle);
  }

  const aheadOf = (ref: string): string[] => {
    const at = tracks.get(ref)!.firstSuccessAt;
    if (at === null) return [];
    const cycle = cycleOf.get(ref) ?? [ref];
    const ahead = new Set<string>();
    for (const dep of input.dependencies.get(ref) ?? []) {
      if (!position.has(dep) || cycle.includes(dep)) continue;
      const depAt = tracks.get(dep)!.firstSuccessAt;
      if (depAt === null || depAt > at) ahead.add(dep);
    }
    return [...ahead].sort((a, b) => position.get(a)! - position.get(b)!);
  };

  const steps: ExecutionStep[] = order.map((ref, i) => {
    const track = tracks.get(ref)!;
    const latest = track.deployments[0];
    return {
      entityRef: ref,
      order: i + 1,
      status: statusOf(track),
      version: latest?.version ?? null,
      environment: latest?.environment ?? null,
      startedAt: latest?.startedAt ?? null,
      finishedAt: latest?.finishedAt ?? null,
      reportedBy: latest?.reportedBy ?? null,
      url: latest?.url ?? null,
      deployedAhead: aheadOf(ref),
      cycleWith: (cycleOf.get(ref) ?? []).filter(other => other !== ref),
      deployments: track.deployments,
    };
  });

  const complete =
    steps.length > 0 && steps.every(s => s.status === 'deployed');
  return {
    releaseId: input.releaseId,
    productionEnvironment: production,
    steps,
    complete,
    releasedAt: complete ? lastProductionFinish([...tracks.values()]) : null,
    failure: firstFailure(steps),
    degraded: input.degraded,
  };
}

function firstFailure(steps: ExecutionStep[]): ReleaseExecution['failure'] {
  for (const { entityRef, status } of steps) {
    if (isFailure(status)) return { entityRef, status };
  }
  return null;
}

/** The finish of the last succeeded production deployment of any step: the release time offered. */
function lastProductionFinish(tracks: Track[]): string | null {
  let last: Deployment | undefined;
  for (const { lastSuccess } of tracks) {
    if (
      lastSuccess &&
      (!last || ms(lastSuccess.finishedAt!) > ms(last.finishedAt!))
    ) {
      last = lastSuccess;
    }
  }
  return last?.finishedAt ?? null;
}
