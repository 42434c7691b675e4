import type {
  DeploymentMetrics,
  ReleaseExecution,
} from '@releasekit/plugin-releases-common';
import type { GetDeploymentMetrics } from '../schema/openapi';
import type { ReadOptions } from './ReleaseService';

/** The query of GET /metrics/deployments, as the spec declares it. */
export type DeploymentMetricsQuery = GetDeploymentMetrics['query'];

/** Execution as deployments tell it: a release's runbook, the deployment metrics, the owner told. */
export interface ExecutionService {
  /** The runbook of a release; a 404 when it does not exist or is outside `readScope`. */
  execution(releaseId: string, options: ReadOptions): Promise<ReleaseExecution>;
  deploymentMetrics(
    query: DeploymentMetricsQuery,
    options: ReadOptions,
  ): Promise<DeploymentMetrics>;
  /**
   * To be called after a deployment of the release was recorded (committed): tells the owner once
   * when the release's execution becomes complete, and once per failed or rolled-back production
   * deployment. Best effort: it never throws, a failure is logged.
   */
  onDeploymentRecorded(releaseId: string): Promise<void>;
}
