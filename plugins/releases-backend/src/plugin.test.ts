import { mockCredentials } from '@backstage/backend-test-utils';
import { testCatalog } from './__testUtils__/catalogFixtures';
import { createRelease, validBody } from './__testUtils__/releaseRequests';
import { describeOnEachDatabase } from './__testUtils__/describeWithBackend';

describeOnEachDatabase(
  'the releases plugin',
  {
    entities: testCatalog(),
  },
  backend => {
    const api = backend.api;

    it('refuses requests without a Backstage token', async () => {
      const res = await api()
        .get('/api/releases/releases')
        .set('Authorization', mockCredentials.user.invalidHeader());
      expect(res.status).toBe(401);
    });

    it('serves a release of 50 components in as many SQL queries as a release of 1', async () => {
      const one = await createRelease(api, {
        ...validBody,
        components: ['component:default/svc-0'],
      });
      const fifty = await createRelease(api, {
        ...validBody,
        components: Array.from(
          { length: 50 },
          (_, i) => `component:default/svc-${i}`,
        ),
      });
      expect(fifty.checklist.length).toBeGreaterThan(400);

      const countQueries = async (id: string) => {
        let queries = 0;
        const onQuery = () => {
          queries += 1;
        };
        // The risk refreshes of the creations run in the background, not in this count.
        const resume = await backend.ctx().risk.pause();
        backend.knex().on('query', onQuery);
        try {
          const res = await api().get(`/api/releases/releases/${id}`);
          expect(res.status).toBe(200);
        } finally {
          backend.knex().removeListener('query', onQuery);
          resume();
        }
        return queries;
      };
      const forOne = await countQueries(one.id);
      const forFifty = await countQueries(fifty.id);
      // The release, its components, items, failed checks, decisions, outcome and action items.
      expect(forOne).toBe(7);
      expect(forFifty).toBe(forOne);
    });
  },
);
