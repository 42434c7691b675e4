import type {
  ChecklistItem,
  Deployment,
  DeploymentReport,
  DeploymentStatus,
} from '@releasekit/plugin-releases-common';
import type { ReleaseReadScope, StoredRelease } from './types';

/** A release a deployment of a component may belong to, with that component's checklist items. */
export interface DeploymentRelease {
  release: StoredRelease;
  /** The component's items in the release: whoever may tick them may report its deployments. */
  items: ChecklistItem[];
}

/** A validated report, its release already matched (service/DefaultDeploymentService.ts). */
export interface RecordDeploymentRequest {
  entityRef: string;
  /** The component's owner in the catalog now, for metrics by team. */
  ownerRef: string | null;
  version: string;
  environment: string;
  status: DeploymentStatus;
  url?: string;
  commit?: string;
  startedAt?: number;
  finishedAt?: number;
  /** The matched release (null: none). */
  releaseId: string | null;
  /** Whether the caller named the release: only then does a different one make a report new. */
  releaseNamed: boolean;
  /** The user or the pipeline's service principal subject. */
  reportedBy: string;
  at: number;
}

export interface DeploymentListRequest {
  entityRef?: string;
  environment?: string;
  releaseId?: string;
  /** Deployments of releases outside it are left out; those of no release are everyone's. */
  readScope?: ReleaseReadScope;
  limit: number;
  cursor?: string;
}

/** Persistence of deployments. Every write runs in one transaction. */
export interface DeploymentStore {
  /**
   * The named release if it exists and includes the component (else none), or without a name every
   * in-progress release that includes it; each with the component's items.
   */
  releasesFor(
    entityRef: string,
    releaseId?: string,
  ): Promise<DeploymentRelease[]>;
  /**
   * Records a report: a new deployment, a change of the latest one of the same component,
   * environment and version, or nothing for a repeat (see recordDeployment.ts). A change of a
   * deployment of a release adds an activity entry to the release, without a revision bump.
   */
  recordDeployment(request: RecordDeploymentRequest): Promise<DeploymentReport>;
  /** Newest start first, with a cursor to the next page. */
  listDeployments(
    request: DeploymentListRequest,
  ): Promise<{ items: Deployment[]; nextCursor?: string }>;
  /**
   * The latest succeeded deployment of the component in each of these environments (absent: none),
   * in one query; the release of one the scope does not cover is hidden (releaseId null).
   */
  currentDeployments(
    entityRef: string,
    environments: string[],
    readScope?: ReleaseReadScope,
  ): Promise<Map<string, Deployment>>;
}
