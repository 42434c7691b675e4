import { ResponseError } from '@backstage/errors';
import { mockApis } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { RELEASES_BASE_URL, setUpMswServer } from '../__testUtils__/apis';
import { ReleasesClient } from './ReleasesClient';
import { fieldErrorOf, isConflict, serverErrorOf } from './serverError';

const server = setUpMswServer();

// The real client over msw: what the backend answers is read as ReleasesClient throws it.
const client = new ReleasesClient({
  discoveryApi: mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
  fetchApi: { fetch: (input, init) => fetch(input, init) },
});

describe('serverErrorOf and fieldErrorOf, on what the client throws', () => {
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

  it('says the status when a refusal is not JSON, as a proxy in front of the backend writes it', async () => {
    server.use(
      http.get(
        `${RELEASES_BASE_URL}/templates`,
        () => new HttpResponse('upstream timed out', { status: 504 }),
      ),
    );
    const error = await client.listTemplates().catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(serverErrorOf(error).statusCode).toBe(504);
    expect(serverErrorOf(error).message).toBe(
      'Request failed with status 504 Gateway Timeout, upstream timed out',
    );
  });

  it('hands the outcome endpoint’s refusal to the caller with the field it names', async () => {
    server.use(
      http.put(`${RELEASES_BASE_URL}/releases/rel-1/outcome`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'InputError',
              message: 'releasedAt: cannot be in the future',
            },
          },
          { status: 400 },
        ),
      ),
    );
    const error = await client
      .recordOutcome('rel-1', {
        result: 'success',
        releasedAt: '2099-01-01T00:00:00Z',
      })
      .catch(e => e);
    expect(fieldErrorOf(serverErrorOf(error))).toEqual({
      field: 'releasedAt',
      message: 'cannot be in the future',
    });
  });
});
