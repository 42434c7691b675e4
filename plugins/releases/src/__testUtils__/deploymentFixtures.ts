import type {
  Deployment,
  DeploymentFigures,
  ExecutionStep,
  ReleaseExecution,
} from '@releasekit/plugin-releases-common';

let counter = 0;

/** A succeeded production deployment of checkout-service 2.4.0 for rel-1, by GitHub Actions. */
export function aDeployment(overrides: Partial<Deployment> = {}): Deployment {
  counter += 1;
  return {
    id: `deployment-${counter}`,
    entityRef: 'component:default/checkout-service',
    version: '2.4.0',
    environment: 'production',
    status: 'succeeded',
    url: `https://ci.example.com/runs/${counter}`,
    commit: null,
    startedAt: '2026-04-01T08:00:00.000Z',
    finishedAt: '2026-04-01T08:10:00.000Z',
    reportedBy: 'external:github-actions',
    releaseId: 'rel-1',
    ...overrides,
  };
}

/** A runbook step of checkout-service before anything was deployed. */
export function anExecutionStep(
  overrides: Partial<ExecutionStep> = {},
): ExecutionStep {
  return {
    entityRef: 'component:default/checkout-service',
    order: 1,
    status: 'pending',
    version: null,
    environment: null,
    startedAt: null,
    finishedAt: null,
    reportedBy: null,
    url: null,
    deployedAhead: [],
    cycleWith: [],
    deployments: [],
    ...overrides,
  };
}

/** A step whose fields are those of its latest deployment, as the backend derives them. */
export function aStepOf(
  order: number,
  status: ExecutionStep['status'],
  deployments: Deployment[],
  overrides: Partial<ExecutionStep> = {},
): ExecutionStep {
  const latest = deployments[0];
  return anExecutionStep({
    entityRef: latest.entityRef,
    order,
    status,
    version: latest.version,
    environment: latest.environment,
    startedAt: latest.startedAt,
    finishedAt: latest.finishedAt,
    reportedBy: latest.reportedBy,
    url: latest.url,
    deployments,
    ...overrides,
  });
}

/** The runbook of rel-1 with these steps: not complete, no failure, not degraded. */
export function anExecution(
  steps: ExecutionStep[],
  overrides: Partial<ReleaseExecution> = {},
): ReleaseExecution {
  return {
    releaseId: 'rel-1',
    productionEnvironment: 'production',
    steps,
    complete: false,
    releasedAt: null,
    failure: null,
    degraded: false,
    ...overrides,
  };
}

/** The figures of a period without production deployments. */
export const emptyDeploymentFigures: DeploymentFigures = {
  deployments: 0,
  perWeek: 0,
  changeFailureRate: null,
  meanTimeToRestoreHours: null,
};
