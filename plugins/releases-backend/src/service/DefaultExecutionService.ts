import type {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  computeDeploymentMetrics,
  computeExecution,
  type DeploymentEnvironment,
  type DeploymentMetrics,
  type ReleaseExecution,
} from '@releasekit/plugin-releases-common';
import type {
  ExecutionStore,
  ReleaseDeployments,
} from '../database/ExecutionStore';
import type { StoredRelease } from '../database/types';
import type { ReleaseNotifier } from '../notifications/ReleaseNotifier';
import type { DefaultInsightsService } from './DefaultInsightsService';
import { normalizeEntityRef } from './entityRefs';
import type {
  DeploymentMetricsQuery,
  ExecutionService,
} from './ExecutionService';
import type { ReadOptions } from './ReleaseService';
import { parseTimestamp } from './windows';

const YEAR_MS = 365 * 86_400_000;

/** The notice of a release whose every component is deployed to production. */
export const COMPLETE_NOTICE = 'execution:complete';

export interface ExecutionServiceDeps {
  store: ExecutionStore;
  /** The dependency order, from the catalog with the caller's credentials. */
  insights: Pick<DefaultInsightsService, 'releaseOrder'>;
  environments: DeploymentEnvironment[];
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
  /** Absent in setups without notifications. */
  notifier?: ReleaseNotifier;
  logger: LoggerService;
  now?: () => number;
}

/** {@link ExecutionService}: reads in the store, maths in -common (computeExecution, computeDeploymentMetrics). */
export class DefaultExecutionService implements ExecutionService {
  private readonly production: string;
  private readonly now: () => number;

  constructor(private readonly deps: ExecutionServiceDeps) {
    // readEnvironments made sure there is exactly one.
    this.production = deps.environments.find(e => e.production)!.name;
    this.now = deps.now ?? Date.now;
  }

  /** Three queries run together and the catalog's two requests, whatever the release's size. */
  async execution(
    releaseId: string,
    { credentials, readScope }: ReadOptions,
  ): Promise<ReleaseExecution> {
    const loaded = await this.deps.store.releaseDeployments(
      releaseId,
      readScope,
    );
    if (!loaded) throw new NotFoundError(`No release with id ${releaseId}`);
    return this.executionOf(loaded, credentials);
  }

  async deploymentMetrics(
    query: DeploymentMetricsQuery,
    { readScope }: ReadOptions,
  ): Promise<DeploymentMetrics> {
    const to = query.to ? parseTimestamp(query.to, 'to') : this.now();
    const from = query.from ? parseTimestamp(query.from, 'from') : to - YEAR_MS;
    if (to <= from) throw new InputError('to: must be after from');
    const tallies = await this.deps.store.deploymentTallies({
      from,
      to,
      environment: this.production,
      owner: query.owner ? normalizeEntityRef(query.owner, 'owner') : undefined,
      entityRef: query.entityRef
        ? normalizeEntityRef(query.entityRef, 'entityRef')
        : undefined,
      readScope,
    });
    return computeDeploymentMetrics({
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      environment: this.production,
      tallies,
    });
  }

  async onDeploymentRecorded(releaseId: string): Promise<void> {
    try {
      const loaded = await this.deps.store.releaseDeployments(releaseId);
      if (!loaded) return;
      // No user asked: a pipeline reported. The order is read with the plugin's own credentials,
      // so that whether the owner hears of it does not depend on what the reporter may read.
      const credentials = await this.deps.auth.getOwnServiceCredentials();
      const execution = await this.executionOf(loaded, credentials);
      await this.tellOwner(loaded.release, execution);
    } catch (error) {
      this.deps.logger.warn(
        `Could not tell the owner of release ${releaseId} about its execution: ${error}`,
      );
    }
  }

  private async executionOf(
    { release, deployments }: ReleaseDeployments,
    credentials: BackstageCredentials,
  ): Promise<ReleaseExecution> {
    const order = await this.deps.insights.releaseOrder(release, credentials);
    return computeExecution({
      releaseId: release.id,
      productionEnvironment: this.production,
      order: order.suggestedOrder,
      cycles: order.cycles,
      dependencies: new Map(
        order.components.map(c => [
          c.entityRef,
          c.dependencies.filter(d => d.inRelease).map(d => d.entityRef),
        ]),
      ),
      deployments,
      degraded: order.unreadable !== undefined,
    });
  }

  /**
   * Each notice is claimed before it is sent, so it goes once however many reports follow and
   * however many replicas see them. Completion is told only while the release is in progress: it
   * invites recording the outcome, which a finished release has. A failure is told whatever the
   * status, as it may undo a release already recorded as released.
   */
  private async tellOwner(release: StoredRelease, execution: ReleaseExecution) {
    const { notifier, store } = this.deps;
    if (!notifier) return;
    const at = this.now();
    if (
      execution.complete &&
      release.status === 'in_progress' &&
      (await store.claimNotice(release.id, COMPLETE_NOTICE, at))
    ) {
      // Nobody is left out: even who reported the last deployment learns that it was the last.
      await notifier.notify(
        { kind: 'execution_complete', releasedAt: execution.releasedAt! },
        release,
        'plugin:releases',
      );
    }
    for (const step of execution.steps) {
      if (step.status !== 'failed' && step.status !== 'rolled_back') continue;
      const failed = step.deployments.find(
        d => d.environment === execution.productionEnvironment,
      )!;
      if (
        await store.claimNotice(release.id, `${failed.status}:${failed.id}`, at)
      ) {
        await notifier.notify(
          {
            kind: 'deployment_failed',
            entityRef: step.entityRef,
            version: failed.version,
            status: step.status,
          },
          release,
          failed.reportedBy,
        );
      }
    }
  }
}
