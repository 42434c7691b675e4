import type { JsonObject } from '@backstage/types';
import {
  type AuditorService,
  type BackendFeature,
  coreServices,
  createBackendModule,
  createServiceFactory,
  type PermissionsService,
  type SchedulerService,
  type UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
import type { Server } from 'node:http';
import type { Entity } from '@backstage/catalog-model';
import {
  catalogServiceRef,
  type CatalogService,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  notificationService,
  type NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import { releasesPlugin } from '../plugin';
import type { RiskRefresher } from '../service/risk/RiskRefresher';
import { riskRefresherServiceRef } from '../service/risk/riskRefresherServiceRef';

export interface CountingCatalog {
  /** Catalog requests made since the backend started. */
  requests(): number;
  /** Makes every catalog call fail from now on, as an unreachable catalog would. */
  breakIt(): void;
  /** Makes catalog calls wait, as a hanging catalog would, until the returned function is called. */
  hold(): () => void;
}

/**
 * Starts the real releases plugin in a test backend on the given database, with an in-memory catalog
 * of the given entities that counts its requests.
 */
export interface ReleasesTestBackend {
  server: Server;
  backend: TestBackend;
  catalog: CountingCatalog;
  /** Every notification the plugin sent. */
  notifications: NotificationSendOptions[];
  /** Every event the plugin gave Backstage's auditor, with how it ended. */
  audits: AuditRecord[];
  /**
   * The plugin's background risk refresher: `await risk.idle()` before asserting on risk scores or
   * taking a snapshot of the database; `await risk.pause()` before counting the queries or catalog
   * requests of a request by itself (a refresh follows every change).
   */
  risk: Pick<RiskRefresher, 'idle' | 'pause'>;
  /** The plugin's (mock) scheduler: `triggerTask` runs a scheduled task now. */
  scheduler: Pick<SchedulerService, 'triggerTask'>;
}

export interface AuditRecord {
  eventId: string;
  meta?: JsonObject;
  outcome: 'pending' | 'succeeded' | 'failed';
}

/** An auditor that keeps the events, so tests can see which writes are audited. */
function recordingAuditor(audits: AuditRecord[]): AuditorService {
  return {
    async createEvent({ eventId, meta }) {
      const record: AuditRecord = { eventId, meta, outcome: 'pending' };
      audits.push(record);
      return {
        success: async () => {
          record.outcome = 'succeeded';
        },
        fail: async () => {
          record.outcome = 'failed';
        },
      };
    },
  };
}

interface PluginServices {
  refresher: RiskRefresher;
  scheduler: SchedulerService;
}

/** A module of the plugin that hands the test the plugin's own (plugin-scoped) service instances. */
function probe(found: (services: PluginServices) => void) {
  return createBackendModule({
    pluginId: 'releases',
    moduleId: 'test-probe',
    register(env) {
      env.registerInit({
        deps: {
          refresher: riskRefresherServiceRef,
          scheduler: coreServices.scheduler,
        },
        async init(services) {
          found(services);
        },
      });
    },
  });
}

/** An in-memory catalog of these entities that counts its requests, and can fail or hang. */
function countingCatalog(entities: Entity[]): {
  catalog: CatalogService;
  counting: CountingCatalog;
} {
  const inner = catalogServiceMock({ entities });
  let requests = 0;
  let broken = false;
  let held: Promise<void> | undefined;
  const catalog = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        requests += 1;
        if (held) await held;
        if (broken) {
          throw new Error('connect ECONNREFUSED catalog');
        }
        return value.apply(target, args);
      };
    },
  }) as CatalogService;
  const counting: CountingCatalog = {
    requests: () => requests,
    breakIt: () => {
      broken = true;
    },
    hold: () => {
      let resume!: () => void;
      held = new Promise(resolve => {
        resume = resolve;
      });
      return () => {
        held = undefined;
        resume();
      };
    },
  };
  return { catalog, counting };
}

export async function startReleasesBackend(options: {
  knex: Knex;
  entities: Entity[];
  config?: object;
  /** Replaces the allow-everything permissions of the test backend. */
  permissions?: PermissionsService;
  /** The users' groups (by default a user owns only through their own ref). */
  userInfo?: UserInfoService;
  /** Treats requests without a token as anonymous (by default they come from a mock user). */
  anonymousByDefault?: boolean;
  /** More features: backend modules of the plugin, or real service factories in place of mocks. */
  features?: BackendFeature[];
}): Promise<ReleasesTestBackend> {
  const { catalog, counting } = countingCatalog(options.entities);

  const sent: NotificationSendOptions[] = [];
  const audits: AuditRecord[] = [];
  let services: PluginServices | undefined;
  const backend = await startTestBackend({
    features: [
      releasesPlugin,
      probe(found => {
        services = found;
      }),
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({
        data: { app: { baseUrl: 'http://localhost:3000' }, ...options.config },
      }),
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => catalog,
      }),
      createServiceFactory({
        service: coreServices.auditor,
        deps: {},
        factory: () => recordingAuditor(audits),
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (notification: NotificationSendOptions) => {
            sent.push(notification);
          },
        }),
      }),
      ...(options.anonymousByDefault
        ? [
            mockServices.httpAuth.factory({
              defaultCredentials: mockCredentials.none(),
            }),
          ]
        : []),
      ...(options.userInfo
        ? [
            createServiceFactory({
              service: coreServices.userInfo,
              deps: {},
              factory: () => options.userInfo!,
            }),
          ]
        : []),
      ...(options.permissions
        ? [
            createServiceFactory({
              service: coreServices.permissions,
              deps: {},
              factory: () => options.permissions!,
            }),
          ]
        : []),
      ...(options.features ?? []),
    ],
  });
  return {
    server: backend.server,
    backend,
    catalog: counting,
    notifications: sent,
    audits,
    risk: {
      idle: () => services!.refresher.idle(),
      pause: () => services!.refresher.pause(),
    },
    scheduler: { triggerTask: id => services!.scheduler.triggerTask(id) },
  };
}
