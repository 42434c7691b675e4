import {
  createBackendModule,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  type ReleaseCheckProvider,
  type ReleaseCheckRequest,
  releasesChecksExtensionPoint,
} from '@releasekit/plugin-releases-node';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import {
  describeOnEachDatabase,
  describeOnSqlite,
} from '../__testUtils__/describeWithBackend';
import { storeWithAutomatedRelease } from '../__testUtils__/newRelease';
import { createRelease } from '../__testUtils__/releaseRequests';

/** A policy that refuses everything. */
const denyAll: PermissionsService = {
  authorize: async requests =>
    requests.map(() => ({ result: AuthorizeResult.DENY })),
  authorizeConditional: async requests =>
    requests.map(() => ({ result: AuthorizeResult.DENY })),
};

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';

/** What the provider was asked, run by run, and whether it was given an abort signal. */
const asked: Array<
  Omit<ReleaseCheckRequest, 'signal'> & { abortable: boolean }
> = [];

/** A provider as a module would ship one: the catalog's owner check, failing for the cart. */
const ownerProvider: ReleaseCheckProvider = {
  id: 'test-catalog',
  handles: check => check === 'catalog.owner',
  async evaluate({ entityRefs, checks, signal }) {
    asked.push({
      entityRefs: [...entityRefs].sort(),
      checks,
      abortable: signal instanceof AbortSignal,
    });
    return entityRefs.map(entityRef => ({
      entityRef,
      check: 'catalog.owner',
      status: entityRef === CART ? 'failed' : 'passed',
      summary: entityRef === CART ? 'No owner in the catalog' : undefined,
    }));
  },
};

const checksModule = createBackendModule({
  pluginId: 'releases',
  moduleId: 'test-checks',
  register(env) {
    env.registerInit({
      deps: { checks: releasesChecksExtensionPoint },
      async init({ checks }) {
        checks.addCheckProvider(ownerProvider);
      },
    });
  },
});

describeOnEachDatabase(
  'a check provider added by a backend module',
  { entities: testCatalog(), features: [checksModule] },
  backend => {
    it('is called for the release’s automated items when someone re-runs its checks', async () => {
      asked.length = 0;
      const release = await createRelease(backend.api);
      const res = await backend
        .api()
        .post(`/api/releases/releases/${release.id}/checks/run`);
      expect(res.status).toBe(200);
      expect(asked).toEqual([
        {
          entityRefs: [CART, CHECKOUT],
          checks: ['catalog.owner'],
          abortable: true,
        },
      ]);
      const page = await backend
        .api()
        .get(`/api/releases/releases/${release.id}`);
      const ownerItems = page.body.checklist
        .filter((i: { check: string | null }) => i.check === 'catalog.owner')
        .map((i: any) => [i.componentRef, i.state, i.note, i.doneBy]);
      expect(ownerItems.sort()).toEqual([
        [CART, 'open', 'No owner in the catalog', null],
        [CHECKOUT, 'done', null, 'provider:test-catalog'],
      ]);
      expect(res.body.settled).toHaveLength(2);
      // Items only pipelines settle (ci.tests) were not asked of the provider and stay open.
      expect(
        page.body.checklist
          .filter((i: { check: string | null }) => i.check === 'ci.tests')
          .map((i: { state: string }) => i.state),
      ).toEqual(['open', 'open']);
    });

    it('lets a user with the tick permission report a result as a pipeline would', async () => {
      const release = await createRelease(backend.api);
      const res = await backend
        .api()
        .post('/api/releases/checks/results')
        .send({ entityRef: CHECKOUT, check: 'ci.tests', status: 'passed' });
      expect(res.status).toBe(200);
      expect(
        res.body.settled.filter(
          (s: { releaseId: string }) => s.releaseId === release.id,
        ),
      ).toEqual([expect.objectContaining({ state: 'done' })]);
      const listed = await backend
        .api()
        .get('/api/releases/checks/results')
        .query({ entityRef: CHECKOUT });
      expect(listed.body.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            check: 'ci.tests',
            status: 'passed',
            reportedBy: 'user:default/mock',
          }),
        ]),
      );
    });
  },
);

describeOnSqlite(
  'a user without the tick permission',
  { entities: testCatalog(), permissions: denyAll },
  backend => {
    it('may not report results that would settle items, and nothing is stored', async () => {
      const { store, release: r } = await storeWithAutomatedRelease(
        backend.knex(),
      );
      const res = await backend
        .api()
        .post('/api/releases/checks/results')
        .send({ entityRef: CHECKOUT, check: 'ci.tests', status: 'passed' });
      expect(res.status).toBe(403);
      expect(await backend.knex()('check_results')).toEqual([]);
      expect((await store.getRelease(r.id))!.checklist[0].state).toBe('open');
    });
  },
);
