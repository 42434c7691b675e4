import {
  coreServices,
  createBackendModule,
  type SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestBackend,
  type TestDatabases,
} from '@backstage/backend-test-utils';
import permissionBackend from '@backstage/plugin-permission-backend';
import searchBackend from '@backstage/plugin-search-backend';
// The test starts the real Releases backend plugin next to search (a dev dependency only).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releasesBackend from '@releasekit/plugin-releases-backend';
import type { AddressInfo } from 'node:net';
import searchModuleReleasesCollator from '../index';
import { actorPreservingAuthFactories } from './actorPreservingAuth';
import { entity, fakeCatalogPlugin } from './fakeCatalog';
import { readPolicyModule } from './readPolicy';

/** The search index task of release documents, as the search plugin names it. */
export const RELEASE_INDEX_TASK = 'search_index_release';

/** The catalog the releases are planned against. */
export const catalogEntities = [
  entity('Group', 'checkout-team', { type: 'team', children: [] }),
  entity('User', 'olive', { memberOf: [] }),
  entity('Component', 'checkout-service', {
    type: 'service',
    lifecycle: 'production',
    owner: 'checkout-team',
  }),
  entity('Component', 'cart-service', {
    type: 'service',
    lifecycle: 'production',
    owner: 'checkout-team',
  }),
];

/**
 * A backend of the real search plugin on its default engine (Lunr) with this module, the real
 * Releases plugin on the given database, and the real permission backend deciding with a policy
 * (permissions enabled, so that search filters its results); the catalog is faked at its HTTP edge,
 * and the mock auth service keeps the actor of on-behalf-of tokens as the real one does.
 */
export async function startSearchBackend(
  knex: Awaited<ReturnType<TestDatabases['init']>>,
) {
  let scheduler: SchedulerService | undefined;
  const schedulerProbe = createBackendModule({
    pluginId: 'search',
    moduleId: 'test-scheduler-probe',
    register(env) {
      env.registerInit({
        deps: { found: coreServices.scheduler },
        async init({ found }) {
          scheduler = found;
        },
      });
    },
  });
  const backend = await startTestBackend({
    features: [
      searchBackend,
      searchModuleReleasesCollator,
      schedulerProbe,
      releasesBackend,
      permissionBackend,
      readPolicyModule,
      fakeCatalogPlugin(catalogEntities),
      ...actorPreservingAuthFactories,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          permission: { enabled: true },
        },
      }),
    ],
  });
  return {
    backend,
    /** Runs the scheduled collation of releases now, as its schedule would. */
    index: () => scheduler!.triggerTask(RELEASE_INDEX_TASK),
  };
}

/** A JSON request to a test backend, as the given user (the mock default user without one). */
export async function call(
  backend: TestBackend,
  method: string,
  path: string,
  options: { body?: object; user?: string } = {},
): Promise<{ status: number; body: any }> {
  const { port } = backend.server.address() as AddressInfo;
  const response = await fetch(`http://localhost:${port}${path}`, {
    method,
    headers: {
      ...(options.body ? { 'Content-Type': 'application/json' } : {}),
      ...(options.user
        ? { Authorization: mockCredentials.user.header(options.user) }
        : {}),
    },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
