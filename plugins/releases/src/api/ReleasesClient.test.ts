import { ResponseError } from '@backstage/errors';
import { mockApis, registerMswTestHooks } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { RELEASES_BASE_URL } from '../__testUtils__/apis';
import { ReleasesClient } from './ReleasesClient';
import { fieldErrorOf, isConflict, serverErrorOf } from './serverError';

const server = setupServer();
registerMswTestHooks(server);

const client = new ReleasesClient({
  discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
  fetchApi: { fetch: (input, init) => fetch(input, init) },
});

describe('ReleasesClient', () => {
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

  it('turns an error body exactly as the spec describes it into the server’s name and message', async () => {
    server.use(
      http.post(`${RELEASES_BASE_URL}/releases`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'windowEnd: must be after windowStart',
            },
          },
          { status: 400 },
        ),
      ),
    );
    const error = await client
      .createRelease({
        title: 'Checkout',
        version: '2.4.0',
        windowStart: '2030-05-04T09:00:00Z',
        windowEnd: '2030-05-04T08:00:00Z',
        owner: 'group:default/checkout-team',
        components: [],
      })
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    const serverError = serverErrorOf(error);
    expect(serverError).toEqual({
      name: 'InputError',
      message: 'windowEnd: must be after windowStart',
      statusCode: 400,
    });
    expect(fieldErrorOf(serverError)).toEqual({
      field: 'windowEnd',
      message: 'must be after windowStart',
    });
  });

  it('also reads the body Backstage’s error handler writes, with request and response', async () => {
    server.use(
      http.patch(`${RELEASES_BASE_URL}/releases/rel-1`, () =>
        HttpResponse.json(
          {
            error: { name: 'ConflictError', message: 'stale revision' },
            request: { method: 'PATCH', url: '/api/releases/releases/rel-1' },
            response: { statusCode: 409 },
          },
          { status: 409 },
        ),
      ),
    );
    const error = await client
      .updateRelease('rel-1', { revision: 1, title: 'x' })
      .catch(e => e);
    const serverError = serverErrorOf(error);
    expect(serverError.message).toBe('stale revision');
    expect(isConflict(serverError)).toBe(true);
    expect(fieldErrorOf(serverError)).toBeUndefined();
  });

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
    server.use(
      http.get(`${RELEASES_BASE_URL}/releases/rel-1/activity`, () =>
        HttpResponse.json({ items: [{ id: 'a1' }] }),
      ),
      http.get(`${RELEASES_BASE_URL}/templates`, () =>
        HttpResponse.json({ items: [{ id: 'default' }] }),
      ),
    );
    expect(await client.getActivity('rel-1')).toEqual([{ id: 'a1' }]);
    expect(await client.listTemplates()).toEqual([{ id: 'default' }]);
  });
});
