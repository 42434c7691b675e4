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
import { AuthorizedCalendarService } from './permissions/AuthorizedCalendarService';
import { AuthorizedChecklistService } from './permissions/AuthorizedChecklistService';
import { AuthorizedFeedService } from './permissions/AuthorizedFeedService';
import { AuthorizedFollowUpService } from './permissions/AuthorizedFollowUpService';
import { AuthorizedFreezeService } from './permissions/AuthorizedFreezeService';
import { AuthorizedInsightsService } from './permissions/AuthorizedInsightsService';
import { AuthorizedLifecycleService } from './permissions/AuthorizedLifecycleService';
import { AuthorizedReleaseService } from './permissions/AuthorizedReleaseService';
import { registerReleasePermissions } from './permissions/register';
import { ReleaseAuthorizer } from './permissions/ReleaseAuthorizer';
import { createRouter } from './router/createRouter';
import { DefaultCalendarService } from './service/DefaultCalendarService';
import { DefaultChecklistService } from './service/DefaultChecklistService';
import { DefaultFeedService } from './service/DefaultFeedService';
import { DefaultFollowUpService } from './service/DefaultFollowUpService';
import { DefaultFreezeService } from './service/DefaultFreezeService';
import { DefaultInsightsService } from './service/DefaultInsightsService';
import { DefaultLifecycleService } from './service/DefaultLifecycleService';
import { DefaultReleaseService } from './service/DefaultReleaseService';
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
        userInfo: coreServices.userInfo,
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
        userInfo,
      }) {
        await migrateDatabase(database);
        const store = await DatabaseReleaseStore.create({ database });
        registerReleasePermissions(permissionsRegistry, store);
        const componentCatalog = new ComponentCatalog(catalog);
        const freezes = new DefaultFreezeService(
          await DatabaseFreezeStore.create({ database }),
          componentCatalog,
          config,
        );
        const templates = readTemplates(config);
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
        const api = {
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
          insights: new AuthorizedInsightsService(
            new DefaultInsightsService(store, catalog, freezes, logger),
            authorizer,
          ),
          freezes: new AuthorizedFreezeService(freezes, authorizer),
          calendar: new AuthorizedCalendarService(calendar, authorizer),
          feeds: new AuthorizedFeedService(feeds, authorizer),
          templates,
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
          await seedDemoReleases({ store, freezes, logger });
        }
        // Calendar apps fetch feeds without a Backstage token; the URL's secret is checked instead.
        httpRouter.addAuthPolicy({ path: '/feeds', allow: 'unauthenticated' });
        httpRouter.use(await createRouter({ httpAuth, auditor, logger, api }));
      },
    });
  },
});
