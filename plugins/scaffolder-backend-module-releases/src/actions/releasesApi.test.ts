import { ResponseError } from '@backstage/errors';
import { releasesApiError } from './releasesApi';

async function answer(status: number, statusText: string, message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'Error', message },
        response: { statusCode: status },
      }),
      { status, statusText, headers: { 'Content-Type': 'application/json' } },
    ),
  );
}

describe('releasesApiError', () => {
  it("puts the API's message behind what the step tried, as the matching error type", async () => {
    const cases: Array<[number, string, string]> = [
      [400, 'Bad Request', 'InputError'],
      [401, 'Unauthorized', 'AuthenticationError'],
      [403, 'Forbidden', 'NotAllowedError'],
      [404, 'Not Found', 'NotFoundError'],
    ];
    for (const [status, text, name] of cases) {
      const error = releasesApiError(
        await answer(status, text, 'the reason'),
        'plan the release',
      );
      expect([error.name, error.message]).toEqual([
        name,
        'Could not plan the release: the reason',
      ]);
    }
  });

  it('names the status of any other answer', async () => {
    const error = releasesApiError(
      await answer(503, 'Service Unavailable', 'database is down'),
      'check the freezes of component:default/a',
    );
    expect(error.message).toBe(
      'Could not check the freezes of component:default/a: database is down (the Releases API answered 503 Service Unavailable)',
    );
  });

  it('leaves other errors as they are', () => {
    const refused = new TypeError('fetch failed');
    expect(releasesApiError(refused, 'plan the release')).toBe(refused);
  });
});
