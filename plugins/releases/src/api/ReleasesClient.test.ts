import { createFetchApi, FetchMiddlewares } from '@backstage/core-app-api';
import { mockApis } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { RELEASES_BASE_URL, setUpMswServer } from '../__testUtils__/apis';
import {
  aCheckResult,
  anActivityEntry,
  defaultTemplate,
} from '../__testUtils__/fixtures';
import { ReleasesClient } from './ReleasesClient';
import { serverErrorOf } from './serverError';

const server = setUpMswServer();

const client = new ReleasesClient({
  discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
  fetchApi: { fetch: (input, init) => fetch(input, init) },
});

describe('ReleasesClient requests: filters and paths as the spec names them', () => {
  it('sends list filters as the spec names them, statuses comma separated', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ items: [] });
      }),
    );
    await client.listReleases({
      entityRef: 'component:default/checkout-service',
      status: ['draft', 'planned'],
      limit: 20,
    });
    expect(url?.searchParams.get('entityRef')).toBe(
      'component:default/checkout-service',
    );
    expect(url?.searchParams.get('status')).toBe('draft,planned');
    expect(url?.searchParams.get('limit')).toBe('20');
  });

  it('sends an entity ref in the path as one encoded segment, and skips empty filters', async () => {
    const urls: string[] = [];
    server.use(
      http.delete(
        `${RELEASES_BASE_URL}/releases/:id/components/:entityRef`,
        ({ request, params }) => {
          urls.push(new URL(request.url).pathname);
          return HttpResponse.json({ id: params.id });
        },
      ),
      http.get(`${RELEASES_BASE_URL}/releases`, ({ request }) => {
        urls.push(new URL(request.url).search);
        return HttpResponse.json({ items: [] });
      }),
    );
    await client.removeComponent('rel-1', 'component:default/cart-service');
    await client.listReleases({ q: '', owner: undefined, status: [] });
    expect(urls).toEqual([
      '/api/releases/releases/rel-1/components/component%3Adefault%2Fcart-service',
      '',
    ]);
  });

  it('asks for metrics with only the filters that are set', async () => {
    const urls: URL[] = [];
    server.use(
      http.get(`${RELEASES_BASE_URL}/metrics`, ({ request }) => {
        urls.push(new URL(request.url));
        return HttpResponse.json({ overall: { completed: 0 } });
      }),
    );
    expect(await client.getMetrics()).toEqual({ overall: { completed: 0 } });
    await client.getMetrics({
      from: '2030-01-01T00:00:00.000Z',
      owner: 'group:default/checkout-team',
      entityRef: undefined,
    });
    expect(urls[0].search).toBe('');
    expect(Object.fromEntries(urls[1].searchParams)).toEqual({
      from: '2030-01-01T00:00:00.000Z',
      owner: 'group:default/checkout-team',
    });
  });

  it('asks for the calendar of a range with only the filters that are set', async () => {
    let url: URL | undefined;
    const calendar = {
      from: '2030-05-01T00:00:00.000Z',
      to: '2030-06-01T00:00:00.000Z',
      releases: [],
      freezes: [],
      conflicts: [],
      truncated: false,
    };
    server.use(
      http.get(`${RELEASES_BASE_URL}/calendar`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json(calendar);
      }),
    );
    expect(
      await client.getCalendar({
        from: '2030-05-01T00:00:00.000Z',
        to: '2030-06-01T00:00:00.000Z',
        owner: undefined,
        entityRef: 'system:default/storefront',
      }),
    ).toEqual(calendar);
    expect(Object.fromEntries(url!.searchParams)).toEqual({
      from: '2030-05-01T00:00:00.000Z',
      to: '2030-06-01T00:00:00.000Z',
      entityRef: 'system:default/storefront',
    });
  });
});

describe('ReleasesClient answers: releases and their follow-up', () => {
  it('resolves a 204 delete without a body', async () => {
    server.use(
      http.delete(
        `${RELEASES_BASE_URL}/releases/rel-1`,
        () => new HttpResponse(null, { status: 204 }),
      ),
    );
    await expect(client.deleteRelease('rel-1')).resolves.toBeUndefined();
  });

  it('unwraps activity and templates from their list envelopes', async () => {
    const updated = anActivityEntry({
      action: 'release.updated',
      before: { title: 'Checkout' },
      after: { title: 'One-page checkout' },
    });
    const created = anActivityEntry({ before: null, after: null });
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/activity`, () =>
        HttpResponse.json({ items: [updated, created] }),
      ),
      http.get(`${RELEASES_BASE_URL}/templates`, () =>
        HttpResponse.json({ items: [defaultTemplate] }),
      ),
    );
    expect(await client.getActivity('rel-1')).toEqual([updated, created]);
    expect(await client.listTemplates()).toEqual([defaultTemplate]);
  });

  it('asks for the check results of one component and unwraps them', async () => {
    const results = [
      aCheckResult({ check: 'ci.tests' }),
      aCheckResult({ check: 'ci.security-scan', status: 'failed' }),
    ];
    let url: URL | undefined;
    server.use(
      http.get(`${RELEASES_BASE_URL}/checks/results`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ items: results });
      }),
    );
    expect(
      await client.listCheckResults('component:default/checkout-service'),
    ).toEqual(results);
    expect(url?.searchParams.get('entityRef')).toBe(
      'component:default/checkout-service',
    );
  });

  it('posts a go/no-go decision to the release and returns the recorded decision', async () => {
    let body: unknown;
    server.use(
      http.post(
        `${RELEASES_BASE_URL}/releases/rel%201/decisions`,
        async ({ request }) => {
          body = await request.json();
          return HttpResponse.json(
            { id: 'd1', decision: 'go' },
            { status: 201 },
          );
        },
      ),
    );
    const decision = await client.recordDecision('rel 1', {
      decision: 'go',
      rationale: 'All green',
      attendees: ['user:default/jane'],
    });
    expect(body).toEqual({
      decision: 'go',
      rationale: 'All green',
      attendees: ['user:default/jane'],
    });
    expect(decision).toEqual({ id: 'd1', decision: 'go' });
  });

  it('puts the outcome of a release and returns the release', async () => {
    let body: unknown;
    server.use(
      http.put(
        `${RELEASES_BASE_URL}/releases/rel-1/outcome`,
        async ({ request }) => {
          body = await request.json();
          return HttpResponse.json({ id: 'rel-1', status: 'released' });
        },
      ),
    );
    const release = await client.recordOutcome('rel-1', {
      result: 'success',
      releasedAt: '2030-05-04T12:00:00+02:00',
      actionItems: [{ title: 'Automate smoke tests', carryForward: true }],
      revision: 4,
    });
    expect(body).toEqual({
      result: 'success',
      releasedAt: '2030-05-04T12:00:00+02:00',
      actionItems: [{ title: 'Automate smoke tests', carryForward: true }],
      revision: 4,
    });
    expect(release).toEqual({ id: 'rel-1', status: 'released' });
  });
});

describe('ReleasesClient answers: calendar feeds', () => {
  it('creates, lists and revokes calendar feeds', async () => {
    let created: unknown;
    let revoked: string | undefined;
    server.use(
      http.post(`${RELEASES_BASE_URL}/feeds`, async ({ request }) => {
        created = await request.json();
        return HttpResponse.json(
          { id: 'feed-1', url: 'http://localhost:7007/x/calendar.ics' },
          { status: 201 },
        );
      }),
      http.get(`${RELEASES_BASE_URL}/feeds`, () =>
        HttpResponse.json({ items: [{ id: 'feed-1', includeFreezes: true }] }),
      ),
      http.delete(`${RELEASES_BASE_URL}/feeds/:feedId`, ({ params }) => {
        revoked = String(params.feedId);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    expect(
      await client.createFeed({
        owner: 'group:default/checkout-team',
        includeFreezes: false,
      }),
    ).toEqual({ id: 'feed-1', url: 'http://localhost:7007/x/calendar.ics' });
    expect(created).toEqual({
      owner: 'group:default/checkout-team',
      includeFreezes: false,
    });
    expect(await client.listFeeds()).toEqual([
      { id: 'feed-1', includeFreezes: true },
    ]);
    await expect(client.revokeFeed('feed-1')).resolves.toBeUndefined();
    expect(revoked).toBe('feed-1');
  });

  it('reports a feed that is not the caller’s as not found', async () => {
    server.use(
      http.delete(`${RELEASES_BASE_URL}/feeds/feed-2`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotFoundError',
              message: 'No calendar feed feed-2 of yours',
            },
          },
          { status: 404 },
        ),
      ),
    );
    const error = await client.revokeFeed('feed-2').catch(e => e);
    expect(serverErrorOf(error)).toEqual({
      name: 'NotFoundError',
      message: 'No calendar feed feed-2 of yours',
      statusCode: 404,
    });
  });
});

describe('ReleasesClient through the app’s fetch API', () => {
  it('sends a body through Backstage’s fetch middleware, with the user’s token', async () => {
    const discoveryApi = mockApis.discovery({
      baseUrl: 'http://localhost:7007',
    });
    // The middleware an app's fetchApi runs, in the order the app puts them.
    const fetchApi = createFetchApi({
      middleware: [
        FetchMiddlewares.resolvePluginProtocol({ discoveryApi }),
        FetchMiddlewares.injectIdentityAuth({
          identityApi: mockApis.identity({ token: 'guest-token' }),
          allowUrl: url => url.startsWith('http://localhost:7007/'),
        }),
      ],
    });
    let received: { authorization: string | null; body: unknown } | undefined;
    server.use(
      http.post(
        `${RELEASES_BASE_URL}/releases/rel-1/decisions`,
        async ({ request }) => {
          received = {
            authorization: request.headers.get('authorization'),
            body: await request.json(),
          };
          return HttpResponse.json({ id: 'd1' }, { status: 201 });
        },
      ),
    );
    const appClient = new ReleasesClient({ discoveryApi, fetchApi });
    await appClient.recordDecision('rel-1', {
      decision: 'go',
      rationale: 'All green',
    });
    expect(received).toEqual({
      authorization: 'Bearer guest-token',
      body: { decision: 'go', rationale: 'All green' },
    });
  });
});
