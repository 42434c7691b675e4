import type { DeploymentFigures, DeploymentMetrics } from './deploymentTypes';

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;

/**
 * The team of deployments reported for a component the catalog named no owner of.
 *
 * @public
 */
export const UNKNOWN_DEPLOYMENT_OWNER = 'unknown';

/**
 * The production deployments of one component (reported under one owner) finished in a period, as
 * the database sums them: how many, how many failed or were rolled back, how many of those were
 * followed by a succeeded deployment of the component within the period, and the time that took.
 *
 * @public
 */
export interface DeploymentTally {
  entityRef: string;
  /** The component's owner when the deployments were reported; null when unknown. */
  owner: string | null;
  deployments: number;
  /** Failed or rolled back. */
  failures: number;
  /** Failures followed by a succeeded deployment of the component before the period's end. */
  restored: number;
  /** The sum, over the restored failures, of the time until that succeeded deployment finished. */
  restoreMs: number;
}

/**
 * The counts and durations of deployment tallies added together, without the entity and owner they belong to.
 *
 * @public
 */
export type Sums = Omit<DeploymentTally, 'entityRef' | 'owner'>;

function add(sums: Sums, tally: Sums): Sums {
  return {
    deployments: sums.deployments + tally.deployments,
    failures: sums.failures + tally.failures,
    restored: sums.restored + tally.restored,
    restoreMs: sums.restoreMs + tally.restoreMs,
  };
}

const NONE: Sums = { deployments: 0, failures: 0, restored: 0, restoreMs: 0 };

/**
 * The three figures of summed deployments over a period of `periodMs`.
 *
 * @public
 */
export function deploymentFigures(
  sums: Sums,
  periodMs: number,
): DeploymentFigures {
  return {
    deployments: sums.deployments,
    perWeek: sums.deployments / (periodMs / WEEK_MS),
    changeFailureRate: sums.deployments
      ? sums.failures / sums.deployments
      : null,
    meanTimeToRestoreHours: sums.restored
      ? sums.restoreMs / sums.restored / HOUR_MS
      : null,
  };
}

function grouped(
  tallies: DeploymentTally[],
  key: (t: DeploymentTally) => string,
): Array<[string, Sums]> {
  const groups = new Map<string, Sums>();
  for (const tally of tallies) {
    const k = key(tally);
    groups.set(k, add(groups.get(k) ?? NONE, tally));
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Deployment metrics of a period [from, to) from the tallies of its production deployments: overall,
 * per team (the owner when reported; {@link UNKNOWN_DEPLOYMENT_OWNER} when the catalog named none)
 * and per component, each sorted by name. A mean time to restore is the mean over the failures that
 * were restored; one still failing at the period's end does not count.
 *
 * @public
 */
export function computeDeploymentMetrics(options: {
  from: string;
  to: string;
  environment: string;
  tallies: DeploymentTally[];
}): DeploymentMetrics {
  const { tallies } = options;
  const periodMs = Date.parse(options.to) - Date.parse(options.from);
  return {
    from: options.from,
    to: options.to,
    environment: options.environment,
    overall: deploymentFigures(tallies.reduce(add, NONE), periodMs),
    byTeam: grouped(tallies, t => t.owner ?? UNKNOWN_DEPLOYMENT_OWNER).map(
      ([owner, sums]) => ({ owner, ...deploymentFigures(sums, periodMs) }),
    ),
    byComponent: grouped(tallies, t => t.entityRef).map(
      ([entityRef, sums]) => ({
        entityRef,
        ...deploymentFigures(sums, periodMs),
      }),
    ),
  };
}
