import { testCatalog } from '../__testUtils__/catalogFixtures';
import { validBody } from '../__testUtils__/releaseRequests';
import { describeOnSqlite } from '../__testUtils__/describeWithBackend';

/*
 * Error answers of a production backend: no stack trace, no file path, no library message of an
 * unexpected error; the plugin's own messages (400, 404) stay as they are. NODE_ENV is read when the
 * backend starts, which happens after this file has set it.
 */
const nodeEnv = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
afterAll(() => {
  process.env.NODE_ENV = nodeEnv;
});

describeOnSqlite(
  'error answers in production',
  { entities: testCatalog() },
  backend => {
    const api = backend.api;

    it('carry no stack trace, path or internal message', async () => {
      const malformed = await api()
        .post('/api/releases/releases')
        .set('content-type', 'application/json')
        .send('{"title": ');
      const missing = await api().get('/api/releases/releases/nope');
      const blank = await api()
        .post('/api/releases/releases')
        .send({ ...validBody, title: ' ' });
      // An unexpected failure: the catalog cannot be reached.
      backend.ctx().catalog.breakIt();
      const failed = await api().post('/api/releases/releases').send(validBody);

      expect(
        [malformed, missing, blank, failed].map(r => [
          r.status,
          r.body.error.message,
        ]),
      ).toEqual([
        [400, expect.stringMatching(/JSON/)],
        [404, 'No release with id nope'],
        [400, 'title: must not be blank'],
        [
          500,
          expect.stringMatching(
            /^An internal error occurred; the backend log has the details under logId=[0-9a-f]{16}$/,
          ),
        ],
      ]);
      for (const res of [malformed, missing, blank, failed]) {
        const text = JSON.stringify(res.body);
        expect(res.body.error.stack).toBeUndefined();
        expect(text).not.toMatch(
          /ECONNREFUSED|node_modules|\.ts:\d|\.js:\d|\/work\//,
        );
      }
    });
  },
);
