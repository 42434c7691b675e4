import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { RELEASES_BASE_URL, setUpMswServer } from './__testUtils__/apis';
import {
  aRelease,
  anItem,
  checkoutService,
  summaryOf,
} from './__testUtils__/fixtures';
import {
  anExecution,
  anExecutionStep,
} from './__testUtils__/deploymentFixtures';
import { renderWithApis } from './__testUtils__/render';
import { releasesApiRef } from './api';
import {
  EntityReleasesContent,
  EntityUpcomingReleaseCard,
  ReleasesPage,
  releasesPlugin,
} from './plugin';

const server = setUpMswServer();

const release = aRelease({
  id: 'rel-1',
  title: 'Checkout',
  version: '2.4.0',
  windowStart: '2099-05-04T09:00:00.000Z',
  windowEnd: '2099-05-04T13:00:00.000Z',
  checklist: [anItem({ assignee: 'user:default/jane' })],
});

function serveReleases() {
  server.use(
    http.get(`${RELEASES_BASE_URL}/releases`, () =>
      HttpResponse.json({ items: [summaryOf(release)] }),
    ),
    http.get(`${RELEASES_BASE_URL}/releases/rel-1`, () =>
      HttpResponse.json(release),
    ),
    http.get(`${RELEASES_BASE_URL}/checks/results`, () =>
      HttpResponse.json({ items: [] }),
    ),
  );
}

describe('releasesPlugin (legacy frontend system)', () => {
  it('is the "releases" plugin and provides a ReleasesApi over discovery and fetch', async () => {
    expect(releasesPlugin.getId()).toBe('releases');
    const factory = [...releasesPlugin.getApis()].find(
      f => f.api.id === releasesApiRef.id,
    );
    expect(factory).toBeDefined();
    serveReleases();
    const api = factory!.factory({
      discoveryApi: {
        getBaseUrl: async (pluginId: string) =>
          `http://localhost:7007/api/${pluginId}`,
      },
      fetchApi: { fetch: (input: any, init: any) => fetch(input, init) },
    }) as any;
    const page = await api.listReleases();
    expect(page.items.map((r: { id: string }) => r.id)).toEqual(['rel-1']);
  });

  it('renders the entity Releases tab', async () => {
    serveReleases();
    await renderWithApis(<EntityReleasesContent />, {
      entity: checkoutService,
    });
    expect(await screen.findByText('Upcoming releases')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Checkout 2.4.0' }),
    ).toBeInTheDocument();
  });

  it('renders the entity Upcoming release card', async () => {
    serveReleases();
    await renderWithApis(<EntityUpcomingReleaseCard />, {
      entity: checkoutService,
    });
    expect(await screen.findByText('Upcoming release')).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: 'Checkout 2.4.0' }),
    ).toBeInTheDocument();
  });

  it('renders the Releases page and, below it, a release', async () => {
    serveReleases();
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/activity`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/execution`, () =>
        HttpResponse.json(
          anExecution([
            anExecutionStep({ entityRef: release.components[0], order: 1 }),
          ]),
        ),
      ),
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/insights`, () =>
        HttpResponse.json({
          releaseId: 'rel-1',
          releaseStatus: 'planned',
          degraded: true,
          message: 'The catalog is unavailable',
          components: [],
          suggestedOrder: [],
          cycles: [],
          warnings: [],
          conflicts: [],
        }),
      ),
    );
    await renderWithApis(
      <Routes>
        <Route path="/releases/*" element={<ReleasesPage />} />
      </Routes>,
      { routeEntries: ['/releases/rel-1'] },
    );
    expect(
      await screen.findByRole('heading', { name: 'Checkout 2.4.0' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('checkbox', { name: /^Done: / }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('list', { name: 'Runbook steps' }),
    ).toHaveTextContent('checkout-service');
  });
});
