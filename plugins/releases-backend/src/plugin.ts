import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { ComponentCatalog } from './catalog/ComponentCatalog';
import { DatabaseFeedStore } from './database/DatabaseFeedStore';
import { DatabaseFreezeStore } from './database/DatabaseFreezeStore';
import { DatabaseReleaseStore } from './database/DatabaseReleaseStore';
import { DatabaseReminderStore } from './database/DatabaseReminderStore';
import { migrateDatabase } from './database/migrations';
import { ReleaseNotifier } from './notifications/ReleaseNotifier';
import { ReminderService } from './notifications/ReminderService';
import {
  readReminderLeadTime,
  scheduleReminders,
} from './notifications/scheduleReminders';
import { seedDemoReleases } from './demo/seedDemoReleases';
import { AuthorizedReleases } from './permissions/AuthorizedReleases';
import { registerReleasePermissions } from './permissions/register';
import { ReleaseAuthorizer } from './permissions/ReleaseAuthorizer';
import { createRouter } from './router/createRouter';
import { FreezeService } from './service/FreezeService';
import { InsightsService } from './service/InsightsService';
import { CalendarService } from './service/CalendarService';
import { ChecklistService } from './service/ChecklistService';
import { FeedService } from './service/FeedService';
import { FollowUpService } from './service/FollowUpService';
import { LifecycleService } from './service/LifecycleService';
import { ReleaseService } from './service/ReleaseService';
import { readTemplates } from './service/templates';

/**
 * The Releases backend plugin: release plans, readiness checklists and the activity trail,
 * served under /api/releases.
 */
export const releasesPlugin = createBackendPlugin({
  pluginId: 'releases',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        discovery: coreServices.discovery,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        permissions: coreServices.permissions,
        scheduler: coreServices.scheduler,
        notifications: notificationService,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        config,
        discovery,
        logger,
        database,
        httpRouter,
        httpAuth,
        auditor,
        catalog,
        permissions,
        permissionsRegistry,
        scheduler,
        notifications,
      }) {
        await migrateDatabase(database);
        const store = await DatabaseReleaseStore.create({ database });
        registerReleasePermissions(permissionsRegistry, store);
        const componentCatalog = new ComponentCatalog(catalog);
        const freezes = new FreezeService(
          await DatabaseFreezeStore.create({ database }),
          componentCatalog,
          config,
        );
        const deps = {
          store,
          catalog: componentCatalog,
          templates: readTemplates(config),
          freezes,
          notifier: new ReleaseNotifier(notifications, logger),
        };
        const calendar = new CalendarService(store, freezes);
        const services = {
          store,
          releases: new ReleaseService(deps),
          lifecycle: new LifecycleService(deps),
          checklist: new ChecklistService(deps),
          followUp: new FollowUpService(deps),
          insights: new InsightsService(store, catalog, freezes, logger),
          freezes,
          calendar,
          feeds: new FeedService(
            await DatabaseFeedStore.create({ database }),
            calendar,
            {
              feedBaseUrl: () => discovery.getExternalBaseUrl('releases'),
              appBaseUrl: config.getString('app.baseUrl'),
            },
          ),
        };
        await scheduleReminders({
          config,
          scheduler,
          reminders: new ReminderService(
            await DatabaseReminderStore.create({ database }),
            notifications,
            logger,
            { leadMs: readReminderLeadTime(config) },
          ),
        });
        if (config.getOptionalBoolean('releases.demoData')) {
          await seedDemoReleases({ store, logger });
        }
        // Calendar apps fetch feeds without a Backstage token; the URL's secret is checked instead.
        httpRouter.addAuthPolicy({ path: '/feeds', allow: 'unauthenticated' });
        httpRouter.use(
          await createRouter({
            httpAuth,
            auditor,
            api: new AuthorizedReleases(
              services,
              new ReleaseAuthorizer(permissions, permissionsRegistry),
            ),
          }),
        );
      },
    });
  },
});
