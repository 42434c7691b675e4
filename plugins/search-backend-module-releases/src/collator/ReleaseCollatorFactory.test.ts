import { mockServices } from '@backstage/backend-test-utils';
import type { ReleaseSummary } from '@releasekit/plugin-releases-common';
import { ReleaseCollatorFactory } from './ReleaseCollatorFactory';

const BASE_URL = 'http://backend.test/api/releases';

function summary(id: string, title: string): ReleaseSummary {
  return {
    id,
    title,
    version: '1.0.0',
    status: 'planned',
    owner: 'group:default/checkout-team',
    windowStart: '2026-12-01T09:00:00.000Z',
    windowEnd: '2026-12-01T10:00:00.000Z',
    components: ['component:default/cart-service'],
    templateId: 'default',
    revision: 1,
    readiness: {
      total: 0,
      settled: 0,
      requiredOpen: 0,
      percent: 100,
      ready: true,
    },
    risk: null,
    description: `About ${title}`,
    createdAt: '2026-11-01T09:00:00.000Z',
    createdBy: 'user:default/olive',
    updatedAt: '2026-11-01T09:00:00.000Z',
    updatedBy: 'user:default/olive',
  };
}

/** The Releases API at the edge: pages keyed by the cursor asked for, every request recorded. */
function fakeReleasesApi(pages: Record<string, object>) {
  const requests: Array<{ url: URL; authorization: string | null }> = [];
  const fetchApi = {
    fetch: (async (input: string, init?: RequestInit) => {
      const url = new URL(input);
      const headers = new Headers(init?.headers);
      requests.push({ url, authorization: headers.get('authorization') });
      const page = pages[url.searchParams.get('cursor') ?? ''];
      return page
        ? Response.json(page)
        : Response.json(
            { error: { name: 'Error', message: 'database is down' } },
            { status: 500 },
          );
    }) as typeof fetch,
  };
  return { fetchApi, requests };
}

function factoryFor(pages: Record<string, object>, locationTemplate?: string) {
  const api = fakeReleasesApi(pages);
  const factory = new ReleaseCollatorFactory({
    auth: mockServices.auth({ pluginId: 'search' }),
    discovery: { getBaseUrl: async () => BASE_URL },
    fetchApi: api.fetchApi,
    locationTemplate,
  });
  return { factory, requests: api.requests };
}

async function collate(factory: ReleaseCollatorFactory) {
  const documents: any[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('ReleaseCollatorFactory', () => {
  it('collates documents of type release, visible to whom releases.release.read allows', () => {
    const { factory } = factoryFor({});
    expect(factory.type).toBe('release');
    expect(factory.visibilityPermission.name).toBe('releases.release.read');
  });

  it('reads every page of 200 with descriptions, as the search plugin, each release once', async () => {
    const { factory, requests } = factoryFor({
      '': {
        items: [summary('r1', 'Checkout'), summary('r2', 'Cart')],
        nextCursor: 'page-2',
      },
      // r2's window moved between the two reads: it comes again.
      'page-2': { items: [summary('r2', 'Cart'), summary('r3', 'Ledger')] },
    });

    const documents = await collate(factory);

    expect(documents.map(d => [d.title, d.location, d.text])).toEqual([
      ['Checkout', '/releases/r1', expect.stringMatching(/^About Checkout\n/)],
      ['Cart', '/releases/r2', expect.stringMatching(/^About Cart\n/)],
      ['Ledger', '/releases/r3', expect.stringMatching(/^About Ledger\n/)],
    ]);
    expect(
      requests.map(r => [
        r.url.pathname,
        Object.fromEntries(r.url.searchParams),
      ]),
    ).toEqual([
      ['/api/releases/releases', { limit: '200', include: 'description' }],
      [
        '/api/releases/releases',
        { limit: '200', include: 'description', cursor: 'page-2' },
      ],
    ]);
    for (const { authorization } of requests) {
      const token = JSON.parse(authorization!.split(':').slice(1).join(':'));
      expect(token).toEqual({ sub: 'plugin:search', target: 'releases' });
    }
  });

  it('fails the collation when the API fails, so that the engine keeps its previous index', async () => {
    const { factory } = factoryFor({
      '': { items: [summary('r1', 'Checkout')], nextCursor: 'broken' },
    });
    await expect(collate(factory)).rejects.toThrow(/500/);
  });

  it('links to the release page of search.collators.releases.locationTemplate', async () => {
    const api = fakeReleasesApi({ '': { items: [summary('r1', 'Checkout')] } });
    const factory = ReleaseCollatorFactory.fromConfig(
      mockServices.rootConfig({
        data: {
          search: {
            collators: {
              releases: { locationTemplate: '/delivery/:releaseId' },
            },
          },
        },
      }),
      {
        auth: mockServices.auth({ pluginId: 'search' }),
        discovery: { getBaseUrl: async () => BASE_URL },
        fetchApi: api.fetchApi,
      },
    );
    const [document] = await collate(factory);
    expect(document.location).toBe('/delivery/r1');
  });
});
