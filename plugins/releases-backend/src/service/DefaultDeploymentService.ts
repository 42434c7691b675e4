import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type {
  CurrentDeployments,
  DeploymentEnvironment,
  DeploymentInput,
  DeploymentReport,
} from '@releasekit/plugin-releases-common';
import type { ComponentCatalog } from '../catalog/ComponentCatalog';
import type {
  DeploymentRelease,
  DeploymentStore,
  RecordDeploymentRequest,
} from '../database/DeploymentStore';
import { actorOf } from './actor';
import {
  noSuchRelease,
  normalizeDeploymentInput,
  type NormalizedDeployment,
} from './deploymentInput';
import type {
  DeploymentService,
  ListDeploymentsQuery,
} from './DeploymentService';
import { normalizeEntityRef } from './entityRefs';
import type { ReadOptions } from './ReleaseService';

/** A report checked, its component found in the catalog and its release matched, not yet stored. */
export interface PreparedDeployment {
  request: Omit<RecordDeploymentRequest, 'reportedBy'>;
  /** The release it belongs to, with the component's items; undefined when none matched. */
  match: DeploymentRelease | undefined;
}

const inWindow = ({ release }: DeploymentRelease, at: number) =>
  Date.parse(release.windowStart) <= at && at <= Date.parse(release.windowEnd);

const latestWindowFirst = (a: DeploymentRelease, b: DeploymentRelease) =>
  Date.parse(b.release.windowStart) - Date.parse(a.release.windowStart);

/**
 * Which in-progress release a deployment belongs to: the only one; of several, the one whose window
 * holds its start (the latest of those), else the one whose window started last.
 */
export function matchRelease(
  candidates: DeploymentRelease[],
  startedAt: number,
): DeploymentRelease | undefined {
  const sorted = [...candidates].sort(latestWindowFirst);
  return sorted.find(c => inWindow(c, startedAt)) ?? sorted[0];
}

/** {@link DeploymentService} without permissions: AuthorizedDeploymentService decides who may. */
export class DefaultDeploymentService implements DeploymentService {
  constructor(
    private readonly store: DeploymentStore,
    private readonly catalog: ComponentCatalog,
    private readonly environments: DeploymentEnvironment[],
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Everything before the write, for the authorised wrapper to decide on: the input checked, the
   * component's owner from the catalog (read with the caller's credentials: a component they cannot
   * see is not in the catalog for them) and the release matched.
   */
  async prepare(
    input: DeploymentInput,
    credentials: BackstageCredentials,
  ): Promise<PreparedDeployment> {
    const report = normalizeDeploymentInput(input, this.environments);
    const at = this.now();
    const [ownerRef, candidates] = await Promise.all([
      this.ownerOf(report.entityRef, credentials),
      this.store.releasesFor(report.entityRef, report.releaseId),
    ]);
    if (report.releaseId && candidates.length === 0) {
      throw noSuchRelease(report.releaseId, report.entityRef);
    }
    const match = matchRelease(candidates, report.startedAt ?? at);
    return {
      request: this.requestOf(report, ownerRef, match, at),
      match,
    };
  }

  async reportDeployment(
    input: DeploymentInput,
    credentials: BackstageCredentials,
    prepared?: PreparedDeployment,
  ): Promise<DeploymentReport> {
    const { request } = prepared ?? (await this.prepare(input, credentials));
    return this.store.recordDeployment({
      ...request,
      reportedBy: actorOf(credentials),
    });
  }

  async listDeployments(query: ListDeploymentsQuery, options: ReadOptions) {
    return this.store.listDeployments({
      entityRef: query.entityRef
        ? normalizeEntityRef(query.entityRef, 'entityRef')
        : undefined,
      environment: query.environment,
      releaseId: query.releaseId,
      readScope: options.readScope,
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
  }

  async currentDeployments(
    entityRef: string,
    options: ReadOptions,
  ): Promise<CurrentDeployments> {
    const ref = normalizeEntityRef(entityRef, 'entityRef', ['component']);
    const current = await this.store.currentDeployments(
      ref,
      this.environments.map(e => e.name),
      options.readScope,
    );
    return {
      entityRef: ref,
      environments: this.environments.map(e => ({
        ...e,
        deployment: current.get(e.name) ?? null,
      })),
    };
  }

  private async ownerOf(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<string | null> {
    try {
      const facts = await this.catalog.describe(
        { components: [entityRef], parties: [] },
        credentials,
      );
      return facts.get(entityRef)?.ownerRef ?? null;
    } catch (error) {
      if (error instanceof InputError) {
        throw new InputError(
          `entityRef: ${entityRef} is not a component in the catalog`,
        );
      }
      throw error;
    }
  }

  private requestOf(
    report: NormalizedDeployment,
    ownerRef: string | null,
    match: DeploymentRelease | undefined,
    at: number,
  ): PreparedDeployment['request'] {
    const { releaseId, ...fields } = report;
    return {
      ...fields,
      ownerRef,
      releaseId: match?.release.id ?? null,
      releaseNamed: releaseId !== undefined,
      at,
    };
  }
}
