import type { Entity } from '@backstage/catalog-model';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { RELEASES_BASE_URL, setUpMswServer } from './__testUtils__/apis';
import {
  aRelease,
  checkoutService,
  summaryOf,
  emptyMetricsSummary,
} from './__testUtils__/fixtures';
import releasesPlugin from './alpha';

const server = setUpMswServer();

const release = aRelease({
  id: 'rel-1',
  title: 'Checkout',
  version: '2.4.0',
  windowStart: '2099-05-04T09:00:00.000Z',
  windowEnd: '2099-05-04T13:00:00.000Z',
});

function serveReleases() {
  const requested: string[] = [];
  server.use(
    http.get(`${RELEASES_BASE_URL}/releases`, ({ request }) => {
      requested.push(request.url);
      return HttpResponse.json({ items: [summaryOf(release)] });
    }),
    http.get(`${RELEASES_BASE_URL}/releases/rel-1`, () =>
      HttpResponse.json(release),
    ),
    http.get(`${RELEASES_BASE_URL}/checks/results`, () =>
      HttpResponse.json({ items: [] }),
    ),
    http.get(`${RELEASES_BASE_URL}/deployments/current`, ({ request }) => {
      requested.push(request.url);
      return HttpResponse.json({
        entityRef: 'component:default/checkout-service',
        environments: [
          { name: 'staging', production: false, deployment: null },
          { name: 'production', production: true, deployment: null },
        ],
      });
    }),
    http.get(`${RELEASES_BASE_URL}/metrics`, ({ request }) => {
      requested.push(request.url);
      return HttpResponse.json({
        from: '2030-01-01T00:00:00.000Z',
        to: '2030-06-01T00:00:00.000Z',
        overall: emptyMetricsSummary,
        byMonth: [],
        byTeam: [],
      });
    }),
  );
  return requested;
}

const apis = [
  mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
  mockApis.identity({
    userEntityRef: 'user:default/jane',
    ownershipEntityRefs: ['user:default/jane', 'group:default/checkout-team'],
  }),
] as const;

describe('releases plugin (new frontend system)', () => {
  it('is the "releases" plugin with the root, release, metrics and calendar routes', () => {
    expect(releasesPlugin.pluginId).toBe('releases');
    expect(Object.keys(releasesPlugin.routes).sort()).toEqual([
      'calendar',
      'metrics',
      'release',
      'root',
    ]);
  });

  it('puts the Releases tab and the Upcoming release, Release health and Deployments cards on a component page', async () => {
    const requested = serveReleases();
    renderTestApp({
      features: [releasesPlugin],
      extensions: [createTestEntityPage({ entity: checkoutService })],
      apis,
    });
    expect(
      await screen.findByText('Upcoming release', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Upcoming releases')).toBeInTheDocument();
    expect(await screen.findByText('Release health')).toBeInTheDocument();
    expect(
      await screen.findByText(
        'No release of this component was completed in the last 6 months.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Deployments')).toBeInTheDocument();
    expect(
      await screen.findByText('No deployments reported yet.'),
    ).toBeInTheDocument();
    expect(
      (await screen.findAllByRole('link', { name: 'Checkout 2.4.0' })).length,
    ).toBe(2);
    expect(requested.length).toBeGreaterThan(0);
  });

  it('stays off pages of entities that are not released', async () => {
    const requested = serveReleases();
    const group: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'checkout-team', namespace: 'default' },
      spec: { type: 'team', children: [] },
    };
    // A card for every entity, to know when the page has rendered its cards.
    const markerCard = EntityCardBlueprint.make({
      name: 'marker',
      params: { loader: async () => <div>Marker card</div> },
    });
    renderTestApp({
      features: [releasesPlugin],
      extensions: [createTestEntityPage({ entity: group }), markerCard],
      apis,
    });
    expect(await screen.findByText('Marker card')).toBeInTheDocument();
    expect(screen.queryByText('Upcoming release')).toBeNull();
    expect(screen.queryByText('Upcoming releases')).toBeNull();
    expect(screen.queryByText('Release health')).toBeNull();
    expect(screen.queryByText('Deployments')).toBeNull();
    expect(requested).toEqual([]);
  });

  it('serves the Releases page at /releases', async () => {
    serveReleases();
    renderTestApp({
      features: [releasesPlugin],
      initialRouteEntries: ['/releases'],
      // The catalog plugin is not installed here; owner links need its entity route.
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      apis,
    });
    // The page's code loads on first use: on a busy machine that takes more than a second.
    expect(
      await screen.findByText(
        'Every release plan in the organisation',
        undefined,
        {
          timeout: 10_000,
        },
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Checkout 2.4.0' }),
    ).toHaveAttribute('href', '/releases/rel-1');
  });
});
