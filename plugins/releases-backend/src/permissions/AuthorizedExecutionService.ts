import type {
  DeploymentMetricsQuery,
  ExecutionService,
} from '../service/ExecutionService';
import type { ReadOptions } from '../service/ReleaseService';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/**
 * {@link ExecutionService} behind the permission framework. The read permission of releases is
 * turned into SQL (one round trip to the policy): a runbook of a release the caller may not read is
 * the same 404 as GET /releases/{id}'s, and the metrics leave out deployments of such releases.
 */
export class AuthorizedExecutionService implements ExecutionService {
  constructor(
    private readonly executions: ExecutionService,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  async execution(releaseId: string, { credentials }: ReadOptions) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.executions.execution(releaseId, { credentials, readScope });
  }

  async deploymentMetrics(
    query: DeploymentMetricsQuery,
    { credentials }: ReadOptions,
  ) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.executions.deploymentMetrics(query, { credentials, readScope });
  }

  /** No caller: the plugin itself calls it, after recording a deployment it has authorised. */
  onDeploymentRecorded(releaseId: string) {
    return this.executions.onDeploymentRecorded(releaseId);
  }
}
