import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { ReleasesClient } from './ReleasesClient';

const baseUrl = 'http://backstage.test/api/releases';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = new ReleasesClient({
  discovery: { getBaseUrl: async () => baseUrl },
});

describe('ReleasesClient', () => {
  it('lists releases with the given filters and token', async () => {
    let seen: { url: URL; authorization: string | null } | undefined;
    server.use(
      http.get(`${baseUrl}/releases`, ({ request }) => {
        seen = {
          url: new URL(request.url),
          authorization: request.headers.get('authorization'),
        };
        return HttpResponse.json({ items: [], nextCursor: 'next' });
      }),
    );
    const page = await client.listReleases(
      {
        entityRef: 'component:default/cart-service',
        status: ['planned', 'in_progress'],
        limit: 50,
        cursor: undefined,
      },
      { token: 'a-token' },
    );
    expect(page).toEqual({ items: [], nextCursor: 'next' });
    expect(seen?.authorization).toBe('Bearer a-token');
    expect(Object.fromEntries(seen!.url.searchParams)).toEqual({
      entityRef: 'component:default/cart-service',
      status: 'planned,in_progress',
      limit: '50',
    });
  });

  it('posts a new release as JSON', async () => {
    let body: unknown;
    server.use(
      http.post(`${baseUrl}/releases`, async ({ request }) => {
        expect(request.headers.get('content-type')).toBe('application/json');
        body = await request.json();
        return HttpResponse.json({ id: 'r1' }, { status: 201 });
      }),
    );
    const release = {
      title: 'Checkout 2.5',
      version: '2.5.0',
      windowStart: '2027-01-04T09:00:00.000Z',
      windowEnd: '2027-01-04T11:00:00.000Z',
      owner: 'group:default/team-checkout',
      components: ['component:default/cart-service'],
    };
    await expect(client.createRelease(release)).resolves.toEqual({
      id: 'r1',
    });
    expect(body).toEqual(release);
  });

  it("throws a ResponseError carrying the API's message", async () => {
    server.use(
      http.get(`${baseUrl}/freezes/active`, () =>
        HttpResponse.json(
          {
            error: { name: 'InputError', message: 'entityRef is not valid' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    const error = await client.getActiveFreezes('nonsense').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.cause).toMatchObject({
      name: 'InputError',
      message: 'entityRef is not valid',
    });
  });
});
