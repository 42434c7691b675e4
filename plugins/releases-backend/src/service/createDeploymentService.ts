import type {
  AuthService,
  DatabaseService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { ComponentCatalog } from '../catalog/ComponentCatalog';
import { DatabaseDeploymentStore } from '../database/DatabaseDeploymentStore';
import type { DeploymentStore } from '../database/DeploymentStore';
import type { ReleaseChangeListener } from '../database/ReleaseStore';
import { AuthorizedDeploymentService } from '../permissions/AuthorizedDeploymentService';
import { CheckReporters } from '../permissions/CheckReporters';
import type { ReleaseAuthorizer } from '../permissions/ReleaseAuthorizer';
import { DefaultDeploymentService } from './DefaultDeploymentService';
import type { DeploymentService } from './DeploymentService';
import { readEnvironments } from './environments';

/**
 * Deployments, wired: the store (whose writes signal the release they touch), the environments of
 * `releases.environments` (checked here, at start-up) and the pipelines allowed to report, the same
 * `releases.checks.reporters` as for check results.
 */
export async function createDeploymentService(options: {
  config: Config;
  database: DatabaseService;
  onChanged: ReleaseChangeListener;
  catalog: ComponentCatalog;
  auth: AuthService;
  authorizer: ReleaseAuthorizer;
  /** Called after a deployment matched to a release was recorded (and the release signalled). */
  onRecorded?: (releaseId: string) => Promise<void>;
}): Promise<{ service: DeploymentService; store: DeploymentStore }> {
  const { config, database, onChanged, catalog, auth, authorizer } = options;
  const store = await DatabaseDeploymentStore.create({
    database,
    onChanged: async releaseIds => {
      await onChanged(releaseIds);
      for (const id of releaseIds) await options.onRecorded?.(id);
    },
  });
  const service = new AuthorizedDeploymentService(
    new DefaultDeploymentService(store, catalog, readEnvironments(config)),
    {
      authorizer,
      reporters: CheckReporters.fromConfig(config, catalog, auth),
    },
  );
  return { service, store };
}
