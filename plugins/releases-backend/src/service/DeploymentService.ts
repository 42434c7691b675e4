import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  CurrentDeployments,
  Deployment,
  DeploymentInput,
  DeploymentReport,
  Page,
} from '@releasekit/plugin-releases-common';
import type { ListDeployments } from '../schema/openapi';
import type { ReadOptions } from './ReleaseService';

/** The query of GET /deployments, as the spec declares it. */
export type ListDeploymentsQuery = ListDeployments['query'];

/** Deployments reported by pipelines or people, and what is deployed where. */
export interface DeploymentService {
  /** Records a deployment or its finish; a repeat changes nothing (`changed: false`). */
  reportDeployment(
    input: DeploymentInput,
    credentials: BackstageCredentials,
  ): Promise<DeploymentReport>;
  listDeployments(
    query: ListDeploymentsQuery,
    options: ReadOptions,
  ): Promise<Page<Deployment>>;
  /** Every configured environment, in configuration order, with its latest succeeded deployment. */
  currentDeployments(
    entityRef: string,
    options: ReadOptions,
  ): Promise<CurrentDeployments>;
}
