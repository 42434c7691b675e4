import type {
  AuthService,
  DatabaseService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { ComponentCatalog } from '../catalog/ComponentCatalog';
import { DatabaseExecutionStore } from '../database/DatabaseExecutionStore';
import type { DeploymentStore } from '../database/DeploymentStore';
import type { ReleaseChangeListener } from '../database/ReleaseStore';
import type { ReleaseNotifier } from '../notifications/ReleaseNotifier';
import { AuthorizedExecutionService } from '../permissions/AuthorizedExecutionService';
import type { ReleaseAuthorizer } from '../permissions/ReleaseAuthorizer';
import { createDeploymentService } from './createDeploymentService';
import type { DefaultInsightsService } from './DefaultInsightsService';
import { DefaultExecutionService } from './DefaultExecutionService';
import type { DeploymentService } from './DeploymentService';
import { readEnvironments } from './environments';
import type { ExecutionService } from './ExecutionService';

/**
 * Execution, wired: deployments as pipelines report them, and the runbook they make of a release.
 * After a deployment matched to a release is recorded, the runbook tells the owner when the release
 * is out or a production deployment of it failed.
 */
export async function createExecutionServices(options: {
  config: Config;
  database: DatabaseService;
  auth: AuthService;
  logger: LoggerService;
  onChanged: ReleaseChangeListener;
  insights: DefaultInsightsService;
  catalog: ComponentCatalog;
  authorizer: ReleaseAuthorizer;
  notifier?: ReleaseNotifier;
}): Promise<{
  execution: ExecutionService;
  deployments: DeploymentService;
  deploymentStore: DeploymentStore;
}> {
  const { config, database, auth, logger, authorizer } = options;
  const execution = new DefaultExecutionService({
    store: await DatabaseExecutionStore.create({ database }),
    insights: options.insights,
    environments: readEnvironments(config),
    auth,
    notifier: options.notifier,
    logger,
  });
  const deployments = await createDeploymentService({
    config,
    database,
    auth,
    authorizer,
    catalog: options.catalog,
    onChanged: options.onChanged,
    onRecorded: releaseId => execution.onDeploymentRecorded(releaseId),
  });
  return {
    execution: new AuthorizedExecutionService(execution, authorizer),
    deployments: deployments.service,
    deploymentStore: deployments.store,
  };
}
