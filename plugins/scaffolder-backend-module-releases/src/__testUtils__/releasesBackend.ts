import {
  type BackendFeature,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  type CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
// The tests run the actions against the real Releases backend plugin (a dev dependency only).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releasesPlugin from '@releasekit/plugin-releases-backend';
import { ReleasesClient } from '@releasekit/plugin-releases-node';
import { policyPermissions, testUserInfo } from './policyPermissions';

export const PORTAL = 'http://portal.example.com';

/** A guest of the checkout team (as in the demo), an admin, and a user of no team. */
export const users = {
  guest: 'user:default/guest',
  admin: 'user:default/ada',
  visitor: 'user:default/vic',
};
const groupsOf = {
  [users.guest]: ['group:default/checkout-team'],
  [users.admin]: ['group:default/release-admins'],
};
export const ADMIN_GROUPS = ['group:default/release-admins'];

function entity(kind: string, name: string, spec: object = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec,
  };
}

export function component(
  name: string,
  owner: string,
  system: string,
  title?: string,
): Entity {
  const base = entity('Component', name, {
    type: 'service',
    lifecycle: 'production',
    owner,
    system,
  });
  return {
    ...base,
    metadata: { ...base.metadata, ...(title ? { title } : {}) },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}

/** Two teams with a component each in their own system, the admins, and the users. */
export const entities: Entity[] = [
  entity('Group', 'checkout-team', { type: 'team', children: [] }),
  entity('Group', 'payments-team', { type: 'team', children: [] }),
  entity('Group', 'release-admins', { type: 'team', children: [] }),
  entity('System', 'shop', { owner: 'checkout-team' }),
  entity('System', 'money', { owner: 'payments-team' }),
  component('cart-service', 'checkout-team', 'shop', 'Cart'),
  component('payment-gateway', 'payments-team', 'money'),
  ...Object.values(users).map(ref => entity('User', ref.split('/')[1])),
];

export interface ReleasesBackend {
  backend: TestBackend;
  /** Discovery of the test backend, as the actions would find the Releases API in a portal. */
  discovery: { getBaseUrl(pluginId: string): Promise<string> };
  /** The Releases API as a user would call it, to arrange and to look at what an action did. */
  apiAs(user: string): {
    client: ReleasesClient;
    token: string;
    fetch(path: string, init?: RequestInit): Promise<Response>;
  };
}

/**
 * Starts the real Releases backend plugin with the demo's permission policy, a catalog of these
 * entities (or the given catalog service) and, optionally, more features such as the scaffolder.
 */
export async function startReleasesBackend(options: {
  database?: BackendFeature;
  catalog?: CatalogService;
  features?: BackendFeature[];
  config?: object;
}): Promise<ReleasesBackend> {
  const userInfo = testUserInfo(groupsOf);
  const backend = await startTestBackend({
    features: [
      releasesPlugin,
      ...(options.database ? [options.database] : []),
      mockServices.rootConfig.factory({
        data: { app: { baseUrl: PORTAL }, ...options.config },
      }),
      options.catalog
        ? createServiceFactory({
            service: catalogServiceRef,
            deps: {},
            factory: () => options.catalog!,
          })
        : catalogServiceMock.factory({ entities }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({ send: async () => {} }),
      }),
      createServiceFactory({
        service: coreServices.userInfo,
        deps: {},
        factory: () => userInfo,
      }),
      createServiceFactory({
        service: coreServices.permissions,
        deps: {},
        factory: () => policyPermissions(userInfo, ADMIN_GROUPS),
      }),
      ...(options.features ?? []),
    ],
  });
  const baseUrl = `http://localhost:${backend.server.port()}/api`;
  const discovery = {
    getBaseUrl: async (pluginId: string) => `${baseUrl}/${pluginId}`,
  };
  return {
    backend,
    discovery,
    apiAs(user) {
      const token = mockCredentials.user.token(user);
      return {
        client: new ReleasesClient({ discovery }),
        token,
        fetch: (path, init = {}) =>
          fetch(`${baseUrl}/releases${path}`, {
            ...init,
            headers: {
              'Content-Type': 'application/json',
              Authorization: `Bearer ${token}`,
              ...init.headers,
            },
          }),
      };
    },
  };
}

/**
 * A catalog of the test entities to which a test can add one later, as catalog:register followed by
 * the catalog's processing would: the Releases backend and the actions share it.
 */
export function growingCatalog(): {
  catalog: CatalogService;
  add(entity: Entity): void;
} {
  let current = catalogServiceMock({ entities });
  const known = [...entities];
  const catalog = new Proxy({} as CatalogService, {
    get(_target, prop) {
      const value = Reflect.get(current, prop);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  return {
    catalog,
    add(added) {
      known.push(added);
      current = catalogServiceMock({ entities: known });
    },
  };
}
