import type {
  Deployment,
  DeploymentTally,
} from '@releasekit/plugin-releases-common';
import type { ReleaseReadScope, StoredRelease } from './types';

/** A release and every deployment matched to it. */
export interface ReleaseDeployments {
  release: StoredRelease;
  deployments: Deployment[];
}

/** Production deployments finished in [from, to) (epoch ms), for the deployment metrics. */
export interface DeploymentMetricsFilter {
  from: number;
  to: number;
  /** The production environment's name. */
  environment: string;
  /** The components' owner when the deployments were reported. */
  owner?: string;
  /** A component, or a system: the components release plans recorded as part of it. */
  entityRef?: string;
  /** Deployments of releases outside it are not counted; those of no release are. */
  readScope?: ReleaseReadScope;
}

/** What the runbook and the deployment metrics read, and the notices of a release's execution. */
export interface ExecutionStore {
  /** Undefined when the release does not exist or is outside the read scope. */
  releaseDeployments(
    releaseId: string,
    readScope?: ReleaseReadScope,
  ): Promise<ReleaseDeployments | undefined>;
  /** One tally per component and owner at the time of the report. */
  deploymentTallies(
    filter: DeploymentMetricsFilter,
  ): Promise<DeploymentTally[]>;
  /**
   * Claims a notice about a release's execution before it is sent: false when it was claimed
   * already, by an earlier deployment report or another replica at the same moment.
   */
  claimNotice(releaseId: string, key: string, at: number): Promise<boolean>;
}
