import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  type ReleaseCheckProvider,
  releasesChecksExtensionPoint,
} from '@releasekit/plugin-releases-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { DatabaseReleaseStore } from './database/DatabaseReleaseStore';
import { DatabaseReminderStore } from './database/DatabaseReminderStore';
import { migrateDatabase } from './database/migrations';
import { ReleaseSignals } from './notifications/ReleaseSignals';
import { ReminderService } from './notifications/ReminderService';
import {
  readReminderLeadTime,
  readReminderTimeout,
  scheduleReminders,
} from './notifications/scheduleReminders';
import { seedDemoReleases } from './demo/seedDemoReleases';
import { registerReleasePermissions } from './permissions/register';
import { createReleasesApi } from './createReleasesApi';
import { registerReleaseActions } from './actions/registerReleaseActions';
import { createRouter } from './router/createRouter';
import { riskRefresherServiceRef } from './service/risk/riskRefresherServiceRef';

/**
 * The Releases backend plugin: release plans, readiness checklists and the activity trail,
 * served under /api/releases.
 *
 * @public
 */
export const releasesPlugin = createBackendPlugin({
  pluginId: 'releases',
  register(env) {
    const checkProviders: ReleaseCheckProvider[] = [];
    env.registerExtensionPoint(releasesChecksExtensionPoint, {
      addCheckProvider(...providers) {
        checkProviders.push(...providers);
      },
    });
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        discovery: coreServices.discovery,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        permissions: coreServices.permissions,
        scheduler: coreServices.scheduler,
        notifications: notificationService,
        signals: signalsServiceRef,
        permissionsRegistry: coreServices.permissionsRegistry,
        userInfo: coreServices.userInfo,
        lifecycle: coreServices.lifecycle,
        riskRefresher: riskRefresherServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init({
        config,
        discovery,
        logger,
        database,
        httpRouter,
        httpAuth,
        auditor,
        auth,
        catalog,
        permissions,
        permissionsRegistry,
        scheduler,
        notifications,
        signals,
        userInfo,
        lifecycle,
        riskRefresher,
        actionsRegistry,
      }) {
        await migrateDatabase(database);
        const releaseSignals = new ReleaseSignals(signals, logger);
        // Open pages reload at once; the risk snapshot follows in the background (not awaited).
        const onChanged = (ids: string[]) => {
          riskRefresher.queue(ids);
          return releaseSignals.changed(ids);
        };
        const store = await DatabaseReleaseStore.create({
          database,
          onChanged,
        });
        registerReleasePermissions(permissionsRegistry, store);
        const { api, freezes, checkResults, deployments } =
          await createReleasesApi({
            config,
            logger,
            database,
            discovery,
            auth,
            catalog,
            permissions,
            permissionsRegistry,
            scheduler,
            lifecycle,
            notifications,
            store,
            userInfo,
            checkProviders,
            onChanged,
            releaseSignals,
            riskRefresher,
          });
        await scheduleReminders({
          config,
          scheduler,
          reminders: new ReminderService(
            await DatabaseReminderStore.create({ database }),
            notifications,
            logger,
            {
              leadMs: readReminderLeadTime(config),
              retryAfterMs: readReminderTimeout(config),
            },
          ),
        });
        if (config.getOptionalBoolean('releases.demoData')) {
          await seedDemoReleases({
            store,
            freezes,
            checks: checkResults,
            deployments,
            logger,
          });
        }
        // Calendar apps fetch feeds without a Backstage token; the URL's secret is checked instead.
        httpRouter.addAuthPolicy({ path: '/feeds', allow: 'unauthenticated' });
        httpRouter.use(await createRouter({ httpAuth, auditor, logger, api }));
        // The same services, for AI assistants over MCP (see actions/registerReleaseActions.ts).
        registerReleaseActions(actionsRegistry, api, { auditor });
      },
    });
  },
});
