import { signalApiRef, type SignalApi } from '@backstage/plugin-signals-react';
import {
  alertApiRef,
  type AlertApi,
  type AlertMessage,
  type ApiRef,
  identityApiRef,
  type IdentityApi,
} from '@backstage/core-plugin-api';
import { mockApis as frontendMockApis } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { mockApis, registerMswTestHooks } from '@backstage/test-utils';
import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { releasesApiRef, ReleasesClient } from '../api';
import { rootRouteRef } from '../routes';
import { catalogEntities } from './fixtures';

/** Where the real ReleasesClient sends requests in tests; msw handlers listen here. */
export const RELEASES_BASE_URL = 'http://localhost:7007/api/releases';

/** The msw server of one test file: listening before its tests, reset after each, closed after all. */
export function setUpMswServer() {
  const server = setupServer();
  registerMswTestHooks(server);
  return server;
}

/** An error body exactly as the OpenAPI spec describes it. */
export function errorResponse(status: number, name: string, message: string) {
  return HttpResponse.json({ error: { name, message } }, { status });
}

/** Route refs the plugin links to; the release page hangs below the root. */
export const mountedRoutes = { '/releases': rootRouteRef };

export interface TestApisOptions {
  userEntityRef?: string;
  ownershipEntityRefs?: string[];
  identityApi?: Partial<IdentityApi>;
  /** Whether the permission policy allows what is asked; allowed by default. */
  permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  /** Backstage signals; the app has none unless given (as an app without the signals plugin). */
  signalApi?: SignalApi;
}

/**
 * The APIs the plugin's components use, for legacy TestApiProvider: the real client over msw,
 * an identity, an alert API that records alerts and an in-memory catalog.
 */
/** Records the alerts the plugin posts. */
export type AlertRecorder = AlertApi & {
  getAlerts(): AlertMessage[];
  clearAlerts(): void;
};

export interface TestApis {
  alertApi: AlertRecorder;
  apis: readonly (readonly [ApiRef<any>, any])[];
}

/** A signals API whose messages the test sends, as the backend would publish them. */
export class TestSignalApi implements SignalApi {
  private readonly subscribers = new Map<string, Set<(m: any) => void>>();

  subscribe(channel: string, onMessage: (message: any) => void) {
    const set = this.subscribers.get(channel) ?? new Set();
    set.add(onMessage);
    this.subscribers.set(channel, set);
    return { unsubscribe: () => set.delete(onMessage) };
  }

  publish(channel: string, message: object) {
    this.subscribers.get(channel)?.forEach(onMessage => onMessage(message));
  }
}

export function createTestApis(options: TestApisOptions = {}): TestApis {
  const alertApi = frontendMockApis.alert();
  const identityApi =
    options.identityApi ??
    mockApis.identity({
      userEntityRef: options.userEntityRef ?? 'user:default/jane',
      ownershipEntityRefs: options.ownershipEntityRefs ?? [
        'user:default/jane',
        'group:default/checkout-team',
      ],
    });
  const catalogApi = catalogApiMock({ entities: catalogEntities });
  const releasesApi = new ReleasesClient({
    discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });
  return {
    alertApi,
    apis: [
      [releasesApiRef, releasesApi],
      [identityApiRef, identityApi],
      [alertApiRef, alertApi],
      [catalogApiRef, catalogApi],
      [
        permissionApiRef,
        mockApis.permission({
          authorize: options.permission ?? AuthorizeResult.ALLOW,
        }),
      ],
      ...(options.signalApi
        ? [[signalApiRef, options.signalApi] as const]
        : []),
    ],
  };
}
