import type {
  AuthService,
  DatabaseService,
  DiscoveryService,
  LifecycleService,
  LoggerService,
  PermissionsRegistryService,
  PermissionsService,
  RootConfigService,
  SchedulerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { ReleaseCheckProvider } from '@releasekit/plugin-releases-node';
import { ComponentCatalog } from './catalog/ComponentCatalog';
import type { CheckResultStore } from './database/CheckResultStore';
import type { DeploymentStore } from './database/DeploymentStore';
import { DatabaseCheckResultStore } from './database/DatabaseCheckResultStore';
import { DatabaseFeedStore } from './database/DatabaseFeedStore';
import { DatabaseFreezeStore } from './database/DatabaseFreezeStore';
import type {
  ReleaseChangeListener,
  ReleaseStore,
} from './database/ReleaseStore';
import { ReleaseNotifier } from './notifications/ReleaseNotifier';
import type { ReleaseSignals } from './notifications/ReleaseSignals';
import { AuthorizedCalendarService } from './permissions/AuthorizedCalendarService';
import { AuthorizedChecklistService } from './permissions/AuthorizedChecklistService';
import { AuthorizedFeedService } from './permissions/AuthorizedFeedService';
import { AuthorizedFollowUpService } from './permissions/AuthorizedFollowUpService';
import { AuthorizedFreezeService } from './permissions/AuthorizedFreezeService';
import { AuthorizedInsightsService } from './permissions/AuthorizedInsightsService';
import { AuthorizedLifecycleService } from './permissions/AuthorizedLifecycleService';
import { AuthorizedReleaseService } from './permissions/AuthorizedReleaseService';
import { ReleaseAuthorizer } from './permissions/ReleaseAuthorizer';
import type { ReleasesApi } from './router/createRouter';
import { createCheckService } from './service/createCheckService';
import { createExecutionServices } from './service/createExecutionServices';
import { DefaultCalendarService } from './service/DefaultCalendarService';
import { DefaultChecklistService } from './service/DefaultChecklistService';
import { DefaultFeedService } from './service/DefaultFeedService';
import { DefaultFollowUpService } from './service/DefaultFollowUpService';
import { DefaultFreezeService } from './service/DefaultFreezeService';
import { DefaultInsightsService } from './service/DefaultInsightsService';
import { DefaultLifecycleService } from './service/DefaultLifecycleService';
import { DefaultReleaseService } from './service/DefaultReleaseService';
import { createRiskService } from './service/risk/createRiskService';
import type { RiskRefresher } from './service/risk/RiskRefresher';
import { readTemplates } from './service/templates';

/** What the API's services are built from: the plugin's core services, its stores and hooks. */
export interface ReleasesApiOptions {
  config: RootConfigService;
  logger: LoggerService;
  database: DatabaseService;
  discovery: DiscoveryService;
  auth: AuthService;
  catalog: CatalogService;
  permissions: PermissionsService;
  permissionsRegistry: PermissionsRegistryService;
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  notifications: NotificationService;
  userInfo: UserInfoService;
  store: ReleaseStore;
  checkProviders: ReleaseCheckProvider[];
  onChanged: ReleaseChangeListener;
  releaseSignals: ReleaseSignals;
  riskRefresher: RiskRefresher;
}

/**
 * The services behind the API, each wrapped by its authorised twin (permissions/), and the freeze
 * service and stores the demo seed uses. The risk service works in the background (service/risk):
 * it reads the same insights and freezes, and no route calls it.
 */
export async function createReleasesApi(options: ReleasesApiOptions): Promise<{
  api: ReleasesApi;
  freezes: DefaultFreezeService;
  checkResults: CheckResultStore;
  deployments: DeploymentStore;
}> {
  const {
    config,
    logger,
    database,
    discovery,
    auth,
    catalog,
    permissions,
    permissionsRegistry,
    scheduler,
    notifications,
    userInfo,
    store,
    checkProviders,
    onChanged,
  } = options;
  const componentCatalog = new ComponentCatalog(catalog);
  const freezes = new DefaultFreezeService(
    await DatabaseFreezeStore.create({ database }),
    componentCatalog,
    config,
  );
  const insights = new DefaultInsightsService(store, catalog, freezes, logger);
  await createRiskService({
    ...options,
    insights,
    freezes,
    signals: options.releaseSignals,
    refresher: options.riskRefresher,
  });
  const templates = readTemplates(config);
  const checkResults = await DatabaseCheckResultStore.create({
    database,
    onChanged,
  });
  const deps = {
    store,
    catalog: componentCatalog,
    templates,
    freezes,
    notifier: new ReleaseNotifier(notifications, logger),
  };
  const calendar = new DefaultCalendarService(store, freezes);
  const feeds = new DefaultFeedService(
    await DatabaseFeedStore.create({ database }),
    calendar,
    {
      feedBaseUrl: () => discovery.getExternalBaseUrl('releases'),
      appBaseUrl: config.getString('app.baseUrl'),
    },
  );
  // Every service the API reaches is wrapped by its authorised twin (permissions/).
  const authorizer = new ReleaseAuthorizer(
    permissions,
    permissionsRegistry,
    store,
    userInfo,
  );
  const executionServices = await createExecutionServices({
    ...options,
    catalog: componentCatalog,
    insights,
    authorizer,
    notifier: deps.notifier,
  });
  const api: ReleasesApi = {
    releases: new AuthorizedReleaseService(
      new DefaultReleaseService(deps),
      authorizer,
    ),
    lifecycle: new AuthorizedLifecycleService(
      new DefaultLifecycleService(deps),
      authorizer,
    ),
    checklist: new AuthorizedChecklistService(
      new DefaultChecklistService(deps),
      authorizer,
      store,
    ),
    followUp: new AuthorizedFollowUpService(
      new DefaultFollowUpService(deps),
      authorizer,
    ),
    insights: new AuthorizedInsightsService(insights, authorizer),
    freezes: new AuthorizedFreezeService(freezes, authorizer),
    calendar: new AuthorizedCalendarService(calendar, authorizer),
    feeds: new AuthorizedFeedService(feeds, authorizer),
    templates,
    execution: executionServices.execution,
    checks: await createCheckService({
      config,
      results: checkResults,
      logger,
      auth,
      scheduler,
      authorizer,
      store,
      catalog: componentCatalog,
      providers: checkProviders,
    }),
    deployments: executionServices.deployments,
  };
  return {
    api,
    freezes,
    checkResults,
    deployments: executionServices.deploymentStore,
  };
}
