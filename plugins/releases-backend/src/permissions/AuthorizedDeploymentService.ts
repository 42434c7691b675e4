import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  type DeploymentInput,
  releaseUpdatePermission,
} from '@releasekit/plugin-releases-common';
import type { DeploymentRelease } from '../database/DeploymentStore';
import type {
  DefaultDeploymentService,
  PreparedDeployment,
} from '../service/DefaultDeploymentService';
import { noSuchRelease } from '../service/deploymentInput';
import type {
  DeploymentService,
  ListDeploymentsQuery,
} from '../service/DeploymentService';
import { normalizeEntityRef } from '../service/entityRefs';
import type { ReadOptions } from '../service/ReleaseService';
import type { CheckReporters } from './CheckReporters';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

const isService = (credentials: BackstageCredentials) =>
  (credentials.principal as { type: string }).type === 'service';

/**
 * {@link DeploymentService} behind the permission framework. A pipeline (service principal) reports
 * for the components its subject is listed for under `releases.checks.reporters`, as for check
 * results; a user reports for a component where they may tick its items in the release the
 * deployment belongs to, or freely when it belongs to none (the catalog has already shown them the
 * component). A named release the caller may not read is answered as one that does not exist.
 * Deployments of releases the caller may not read are left out of lists.
 */
export class AuthorizedDeploymentService implements DeploymentService {
  constructor(
    private readonly deployments: DefaultDeploymentService,
    private readonly options: {
      authorizer: ReleaseAuthorizer;
      reporters: CheckReporters;
    },
  ) {}

  async reportDeployment(
    input: DeploymentInput,
    credentials: BackstageCredentials,
  ) {
    if (isService(credentials)) {
      const entityRef = normalizeEntityRef(input.entityRef, 'entityRef', [
        'component',
      ]);
      await this.options.reporters.assertMayReport(
        credentials,
        [entityRef],
        'deployments',
      );
    }
    const prepared = await this.deployments.prepare(input, credentials);
    await this.assertMayReport(prepared, credentials);
    return this.deployments.reportDeployment(input, credentials, prepared);
  }

  async listDeployments(
    query: ListDeploymentsQuery,
    { credentials }: ReadOptions,
  ) {
    const readScope = await this.options.authorizer.readScope(credentials);
    return this.deployments.listDeployments(query, { credentials, readScope });
  }

  async currentDeployments(entityRef: string, { credentials }: ReadOptions) {
    const readScope = await this.options.authorizer.readScope(credentials);
    return this.deployments.currentDeployments(entityRef, {
      credentials,
      readScope,
    });
  }

  private async assertMayReport(
    { request, match }: PreparedDeployment,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!match) return;
    const { authorizer } = this.options;
    if (
      request.releaseNamed &&
      !(await authorizer.canRead(match.release, credentials))
    ) {
      throw noSuchRelease(match.release.id, request.entityRef);
    }
    if (!isService(credentials)) {
      await this.assertMayTick(match, request.entityRef, credentials);
    }
  }

  /**
   * As if the user ticked the component's items of the release by hand (one round trip to the
   * policy); a component without items there is the release manager's to report.
   */
  private async assertMayTick(
    { release, items }: DeploymentRelease,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const { authorizer } = this.options;
    try {
      if (items.length) {
        await authorizer.assertItems(
          items.map(item => ({ release, item })),
          credentials,
        );
      } else {
        await authorizer.assertRelease(
          releaseUpdatePermission,
          release,
          credentials,
          'report deployments of',
        );
      }
    } catch (error) {
      if (!(error instanceof NotAllowedError)) throw error;
      // Said without the release's name: the caller may not be able to read it.
      throw new NotAllowedError(
        `You may not report deployments of ${entityRef}: you may not tick its items in the release it belongs to`,
      );
    }
  }
}
