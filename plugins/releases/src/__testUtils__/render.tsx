import {
  entityRouteRef,
  EntityProvider,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ReactElement } from 'react';
import { rootRouteRef } from '../routes';
import { createTestApis, type TestApisOptions } from './apis';

export interface RenderOptions extends TestApisOptions {
  /** Renders the element on this entity's page. */
  entity?: Entity;
  routeEntries?: string[];
}

/**
 * Renders a plugin component in a legacy test app with the real ReleasesClient (talking to msw),
 * an identity, a recording alert API and an in-memory catalog; the plugin's routes are mounted.
 */
export async function renderWithApis(
  element: ReactElement,
  options: RenderOptions = {},
) {
  const { alertApi, apis } = createTestApis(options);
  const rendered = await renderInTestApp(
    <TestApiProvider apis={apis}>
      {options.entity ? (
        <EntityProvider entity={options.entity}>{element}</EntityProvider>
      ) : (
        element
      )}
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: {
        '/releases': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return { ...rendered, alertApi };
}
