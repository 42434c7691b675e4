import type { TestBackend } from '@backstage/backend-test-utils';
import { createTestDatabases } from './__testUtils__/requiredDatabases';
import { DENIED_USER, OWNER_ONLY_USER } from './__testUtils__/readPolicy';
import { call, startSearchBackend } from './__testUtils__/searchBackend';

const databases = createTestDatabases();
// Each database starts a backend of four plugins; MySQL's first connection alone can take seconds.
jest.setTimeout(60_000);

const READER = 'user:default/amy';

const checkout = {
  title: 'Checkout',
  version: '2.4.0',
  windowStart: '2027-03-02T09:00:00Z',
  windowEnd: '2027-03-02T13:00:00Z',
  owner: 'group:default/checkout-team',
  components: [
    'component:default/checkout-service',
    'component:default/cart-service',
  ],
  description: '## Goals\n\nShip the **new basket** to everyone.',
};
// Same title, owned by olive: the one release her owner-only read permission lets her find.
const olivesCheckout = {
  ...checkout,
  version: '2.5.0',
  windowStart: '2027-03-09T09:00:00Z',
  windowEnd: '2027-03-09T10:00:00Z',
  owner: OWNER_ONLY_USER,
  components: ['component:default/checkout-service'],
  description: 'A small fix.',
};

describe.each(databases.eachSupportedId())(
  'searching releases with the real search backend on %s',
  databaseId => {
    let backend: TestBackend;
    let index: () => Promise<void>;
    const created: Record<string, any> = {};

    beforeAll(async () => {
      ({ backend, index } = await startSearchBackend(
        await databases.init(databaseId),
      ));
      for (const [key, body] of Object.entries({ checkout, olivesCheckout })) {
        const res = await call(backend, 'POST', '/api/releases/releases', {
          body,
        });
        if (res.status !== 201) {
          throw new Error(`Planning ${key} answered ${res.status}`);
        }
        created[key] = res.body;
      }
      await index();
    });

    afterAll(() => backend?.stop());

    /** The documents a user finds, once the index holds what the last run collated. */
    async function search(user: string, term: string) {
      const res = await call(
        backend,
        'GET',
        `/api/search/query?term=${encodeURIComponent(term)}`,
        { user },
      );
      expect(res.status).toBe(200);
      return res.body.results as Array<{ type: string; document: any }>;
    }

    it('finds a release by its title, as a release document with the fields the result item shows', async () => {
      const results = await search(READER, 'Checkout');
      expect(results.map(r => [r.type, r.document.version]).sort()).toEqual([
        ['release', '2.4.0'],
        ['release', '2.5.0'],
      ]);
      const found = results.find(r => r.document.version === '2.4.0')!;
      expect(found.document).toEqual({
        title: 'Checkout',
        text:
          'Goals\n\nShip the new basket to everyone.\n\n' +
          'Version 2.4.0, Draft. Window 2027-03-02 09:00 – 13:00 UTC. ' +
          'Components: checkout-service, cart-service. Owner: checkout-team.',
        location: `/releases/${created.checkout.id}`,
        version: '2.4.0',
        status: 'draft',
        windowStart: '2027-03-02T09:00:00.000Z',
        windowEnd: '2027-03-02T13:00:00.000Z',
        owner: 'group:default/checkout-team',
        components: checkout.components,
        // The search router keeps `authorization` to itself; the conditional test shows its use.
      });
    });

    it('finds a release by the words of its description, read with the list', async () => {
      const results = await search(READER, 'basket');
      expect(results.map(r => r.document.location)).toEqual([
        `/releases/${created.checkout.id}`,
      ]);
    });

    it('finds nothing for a user the read permission denies', async () => {
      expect(await search(READER, 'Checkout')).toHaveLength(2);
      expect(await search(DENIED_USER, 'Checkout')).toEqual([]);
    });

    it('finds only the releases a conditional read permission allows, decided per release id', async () => {
      const results = await search(OWNER_ONLY_USER, 'Checkout');
      expect(results.map(r => r.document.location)).toEqual([
        `/releases/${created.olivesCheckout.id}`,
      ]);
    });

    it('finds a release by its new title after the next scheduled run', async () => {
      const renamed = await call(
        backend,
        'PATCH',
        `/api/releases/releases/${created.checkout.id}`,
        { body: { revision: created.checkout.revision, title: 'Basketball' } },
      );
      expect(renamed.status).toBe(200);
      expect(await search(READER, 'Basketball')).toEqual([]);

      await index();

      const results = await search(READER, 'Basketball');
      expect(results.map(r => r.document.title)).toEqual(['Basketball']);
    });
  },
);
