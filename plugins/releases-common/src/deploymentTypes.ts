/*
 * Execution: deployments reported by pipelines (or people), matched to releases, and the runbook a
 * release's deployments make. See PRODUCT.md, "Execution: runbook and deployments".
 */

/** @public */
export const DEPLOYMENT_STATUSES = [
  'started',
  'succeeded',
  'failed',
  'rolled_back',
] as const;
/** @public */
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/**
 * An environment from app-config (`releases.environments`); exactly one is the production one.
 *
 * @public
 */
export interface DeploymentEnvironment {
  name: string;
  production: boolean;
}

/**
 * A deployment as a pipeline reports it.
 *
 * @public
 */
export interface DeploymentInput {
  entityRef: string;
  version: string;
  environment: string;
  status: DeploymentStatus;
  /** The pipeline run. */
  url?: string;
  commit?: string;
  /** Defaults to the time of the first report of this deployment. */
  startedAt?: string;
  /** Defaults to the time of the report that finishes it (succeeded, failed, rolled back). */
  finishedAt?: string;
  /** The release this deployment belongs to; without it, the in-progress release of the component. */
  releaseId?: string;
}

/** @public */
export interface Deployment {
  id: string;
  entityRef: string;
  version: string;
  environment: string;
  status: DeploymentStatus;
  url: string | null;
  commit: string | null;
  startedAt: string;
  finishedAt: string | null;
  /** The user or the pipeline's service principal subject that reported it last. */
  reportedBy: string;
  /** The release it was matched to; null when none matched (it is kept all the same). */
  releaseId: string | null;
}

/**
 * What reporting a deployment did: a new deployment, a change of one, or nothing (a repeat).
 *
 * @public
 */
export interface DeploymentReport {
  deployment: Deployment;
  created: boolean;
  changed: boolean;
}

/**
 * What is deployed where: the latest succeeded deployment per environment (null: none yet).
 *
 * @public
 */
export interface CurrentDeployments {
  entityRef: string;
  environments: Array<
    DeploymentEnvironment & {
      deployment: Deployment | null;
    }
  >;
}

/** @public */
export const EXECUTION_STEP_STATUSES = [
  'pending',
  'deploying',
  'deployed',
  'failed',
  'rolled_back',
] as const;
/** @public */
export type ExecutionStepStatus = (typeof EXECUTION_STEP_STATUSES)[number];

/**
 * One component of a release in its runbook: `deployed` once production has a succeeded
 * deployment of it for this release; `failed` or `rolled_back` when its latest production
 * deployment did; `deploying` while any deployment of it for this release is under way or only
 * other environments have it; `pending` before anything.
 *
 * @public
 */
export interface ExecutionStep {
  entityRef: string;
  /** 1-based position in the suggested order (dependencies first). */
  order: number;
  status: ExecutionStepStatus;
  /** Of the latest deployment of this step (any environment). */
  version: string | null;
  environment: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  reportedBy: string | null;
  url: string | null;
  /**
   * Components of the release this one depends on that were not yet deployed to production when it
   * was: it went ahead of them. Empty when the order was kept (or it is not deployed yet).
   */
  deployedAhead: string[];
  /** The other components of a dependency cycle this step is part of (they go together). */
  cycleWith: string[];
  /** This release's deployments of the component, newest first. */
  deployments: Deployment[];
}

/** @public */
export interface ReleaseExecution {
  releaseId: string;
  productionEnvironment: string;
  steps: ExecutionStep[];
  /** Every step is deployed to production. */
  complete: boolean;
  /** When complete: the finish of the last production deployment, offered as the release time. */
  releasedAt: string | null;
  /** The first step whose latest production deployment failed or was rolled back, if any. */
  failure: { entityRef: string; status: 'failed' | 'rolled_back' } | null;
  /** True when the catalog could not be read: the order is then the release's own. */
  degraded: boolean;
}

/**
 * DORA-style figures of production deployments finished in a period: how often, how often they
 * fail (failed or rolled back), and how long until the component is deployed successfully again.
 *
 * @public
 */
export interface DeploymentFigures {
  /** Production deployments finished in the period (succeeded, failed or rolled back). */
  deployments: number;
  /** deployments ÷ weeks in the period. */
  perWeek: number;
  /** (failed + rolled back) ÷ deployments; null without deployments. */
  changeFailureRate: number | null;
  /**
   * Mean hours from a failed or rolled-back production deployment to the next succeeded one of the
   * same component; null when none was restored in the period.
   */
  meanTimeToRestoreHours: number | null;
}

/** @public */
export interface DeploymentMetrics {
  from: string;
  to: string;
  environment: string;
  overall: DeploymentFigures;
  /** By the component's owner in the catalog at the time of the report. */
  byTeam: Array<DeploymentFigures & { owner: string }>;
  byComponent: Array<DeploymentFigures & { entityRef: string }>;
}
