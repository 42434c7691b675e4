import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import releasesPlugin from '@releasekit/plugin-releases/alpha';
import { screen, within } from '@testing-library/react';
import { SidebarContent } from './Sidebar';

/** A release as the demo backend's search answers it (its collator's document). */
const releaseResult = {
  type: 'release',
  rank: 1,
  document: {
    title: 'Checkout',
    text: 'Ship the new basket.',
    location: '/releases/rel-1',
    version: '2.4.0',
    status: 'planned',
    windowStart: '2099-05-04T09:00:00.000Z',
    windowEnd: '2099-05-04T13:00:00.000Z',
    owner: 'group:default/checkout-team',
    components: ['component:default/checkout-service'],
  },
};

/**
 * The demo backend at its HTTP edge: search finds the release for "Checkout" (and nothing for other
 * terms); the catalog has no kinds, and there are no notifications.
 */
function fakeBackend() {
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === '/api/search/query') {
      const found = url.searchParams.get('term') === 'Checkout';
      return Response.json({
        results: found ? [releaseResult] : [],
        numberOfResults: found ? 1 : 0,
      });
    }
    if (url.pathname === '/api/catalog/entity-facets') {
      return Response.json({ facets: { kind: [] } });
    }
    if (url.pathname === '/api/notifications/status') {
      return Response.json({ unread: 0, read: 0 });
    }
    return Response.json({ error: { name: 'NotFoundError' } }, { status: 404 });
  };
  return { fetch: fetch as typeof globalThis.fetch };
}

// Five plugins in a whole app: more than Jest's default five seconds when the machine is busy.
// The whole search page of five plugins renders here: on a loaded 2-core machine (the full test run
// beside a demo start) that took over 10 s. A wait that succeeds is no slower for the margin.
jest.setTimeout(90_000);

describe('the demo portal’s sidebar and search page', () => {
  it('leads to Search first and to Create, and shows releases among the search results with their own item', async () => {
    const backend = fakeBackend();
    renderTestApp({
      features: [
        createFrontendModule({ pluginId: 'app', extensions: [SidebarContent] }),
        catalogPlugin,
        // The sidebar's notifications item needs the notifications API.
        notificationsPlugin,
        searchPlugin,
        scaffolderPlugin,
        releasesPlugin,
      ],
      initialRouteEntries: ['/search?query=Checkout'],
      apis: [mockApis.fetch({ baseImplementation: backend.fetch })],
    });

    // The whole app renders first: on a busy machine that takes more than a second.
    const sidebar = await screen.findByRole('navigation', undefined, {
      timeout: 30_000,
    });
    const links = within(sidebar)
      .getAllByRole('link')
      .map(link => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Search', '/search'],
        ['Create', '/create'],
        ['Releases', '/releases'],
      ]),
    );
    const titles = links.map(([text]) => text);
    expect(titles.indexOf('Search')).toBeLessThan(titles.indexOf('Catalog'));
    expect(titles.indexOf('Create')).toBe(titles.indexOf('Releases') + 1);

    const result = await screen.findByRole(
      'link',
      { name: 'Checkout 2.4.0' },
      { timeout: 30_000 },
    );
    expect(result).toHaveAttribute('href', '/releases/rel-1');
    expect(screen.getByText('Planned')).toBeInTheDocument();
    // Releases is a result type of its own in the page's filters.
    expect(
      screen.getByRole('button', { name: /^Releases/ }),
    ).toBeInTheDocument();
  });
});
