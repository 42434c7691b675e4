import {
  coreServices,
  createBackendModule,
  createServiceFactory,
  type SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  catalogServiceRef,
  type CatalogService,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import releasesPlugin from '@releasekit/plugin-releases-backend';
import type { RiskRefresher } from '@releasekit/plugin-releases-backend/src/service/risk/RiskRefresher';
import { riskRefresherServiceRef } from '@releasekit/plugin-releases-backend/src/service/risk/riskRefresherServiceRef';
import type { Knex } from 'knex';
import type { AddressInfo } from 'node:net';
import { catalogBackendFeatures } from './catalogPeer';
import { BenchClient } from './client';

/** Counts what one HTTP call costs besides time: SQL statements and catalog requests. */
export interface Counters {
  queries: number;
  catalogRequests: number;
  /**
   * Milliseconds during which at least one catalog request was in flight. The catalog is the test
   * double of @backstage/plugin-catalog-node (an in-memory list that rebuilds every entity's search
   * rows on each filtered query): its time is the stand-in's, not the plugin's, so it is kept apart.
   */
  catalogMs: number;
}

export interface RunningBackend {
  /** http://localhost:<port>/api/releases */
  baseUrl: string;
  /** Calls it as a signed-in mock user. */
  client: BenchClient;
  /**
   * Calls it as a pipeline: a service principal (the mock service token's subject), listed under
   * releases.checks.reporters for every component, as a CI job's external access token would be.
   */
  pipeline: BenchClient;
  counters: Counters;
  /** The real catalog backend's API (/api/catalog), when it was asked for. */
  catalog?: BenchClient;
  /**
   * Waits until the plugin's background work is done: the risk refresh each write queues. Not part
   * of what a call costs its caller (the write answers without waiting for it), so the samples wait
   * for it between calls rather than count it in the next one.
   */
  idle(): Promise<void>;
  /**
   * Holds the background work back (writes keep queueing it) until the returned function is
   * called: a profile of calls then shows what the calls cost, not the refreshes between them.
   */
  pauseBackground(): Promise<() => void>;
  stop(): Promise<void>;
}

/** The subject of `mockCredentials.service.header()`'s token. */
const PIPELINE_SUBJECT = 'external:test-service';

const idleScheduler: SchedulerService = {
  async scheduleTask() {},
  async triggerTask() {},
  async getScheduledTasks() {
    return [];
  },
  createScheduledTaskRunner() {
    return { async run() {} };
  },
};

/**
 * Starts the real releases backend plugin in-process (as its own tests do with startTestBackend) on
 * the given knex, with an in-memory catalog that counts its requests and a knex that counts its SQL
 * statements (the `query` event fires for every statement, inside transactions too). Everything else
 * (but the scheduler) is the test backend's defaults: mock auth, allow-all permissions, the real HTTP router.
 */
export async function startBackend(
  knex: Knex,
  entities: Entity[],
  options: {
    /**
     * A database for the real catalog backend, the entity list's peer (see catalogPeer.ts): with
     * it the backend also runs @backstage/plugin-catalog-backend holding `entities`.
     */
    catalogKnex?: Knex;
  } = {},
): Promise<RunningBackend> {
  const counters: Counters = { queries: 0, catalogRequests: 0, catalogMs: 0 };
  let catalogInFlight = 0;
  let catalogSince = 0;
  const catalogStarted = () => {
    if (catalogInFlight++ === 0) catalogSince = performance.now();
  };
  const catalogEnded = () => {
    if (--catalogInFlight === 0) {
      counters.catalogMs += performance.now() - catalogSince;
    }
  };
  const onQuery = () => {
    counters.queries += 1;
  };
  knex.on('query', onQuery);

  const inner = catalogServiceMock({ entities });
  const catalog = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counters.catalogRequests += 1;
        catalogStarted();
        // Every method of the catalog service returns a promise.
        return Promise.resolve(value.apply(target, args)).finally(catalogEnded);
      };
    },
  }) as CatalogService;

  let refresher: RiskRefresher | undefined;
  const backend: TestBackend = await startTestBackend({
    features: [
      releasesPlugin,
      createBackendModule({
        pluginId: 'releases',
        moduleId: 'bench-probe',
        register(env) {
          env.registerInit({
            deps: { risk: riskRefresherServiceRef },
            async init({ risk }) {
              refresher = risk;
            },
          });
        },
      }),
      // Migrations already ran before seeding; the plugin's own run finds nothing to do. The
      // catalog, when it runs, has a database of its own, as each plugin has in Backstage.
      createServiceFactory({
        service: coreServices.database,
        deps: { plugin: coreServices.pluginMetadata },
        factory: ({ plugin }) => ({
          getClient: async () =>
            plugin.getId() === 'catalog' && options.catalogKnex
              ? options.catalogKnex
              : knex,
        }),
      }),
      ...(options.catalogKnex ? catalogBackendFeatures(entities) : []),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          // The catalog processes its entities once, at start, and not again during the samples.
          catalog: { processingInterval: { hours: 24 } },
          releases: {
            checks: {
              reporters: [{ subject: PIPELINE_SUBJECT, components: 'all' }],
            },
          },
        },
      }),
      // Scheduled tasks (reminders, provider checks, the risk refresh of every unfinished release,
      // whose first run fills the seeded releases) are not what is measured and would run during
      // the samples: the bench's scheduler accepts them and never runs them.
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => idleScheduler,
      }),
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => catalog,
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({ send: async () => {} }),
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  const baseUrl = `http://localhost:${port}/api/releases`;
  const client = new BenchClient(baseUrl, mockCredentials.user.header());
  const pipeline = new BenchClient(baseUrl, mockCredentials.service.header());
  const catalogClient = options.catalogKnex
    ? new BenchClient(
        `http://localhost:${port}/api/catalog`,
        mockCredentials.user.header(),
      )
    : undefined;
  return {
    baseUrl,
    client,
    pipeline,
    catalog: catalogClient,
    counters,
    pauseBackground: async () => (refresher ? refresher.pause() : () => {}),
    idle: async () => {
      await refresher?.idle();
    },
    async stop() {
      client.close();
      pipeline.close();
      catalogClient?.close();
      await backend.stop();
      knex.off('query', onQuery);
    },
  };
}
