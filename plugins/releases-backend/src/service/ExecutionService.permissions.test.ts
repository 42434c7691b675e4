import { mockCredentials } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import type {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { releaseReadPermission } from '@releasekit/plugin-releases-common';
import { graphCatalog } from '../__testUtils__/graphCatalog';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { insertDeployments } from '../__testUtils__/insertDeployments';
import {
  policyPermissions,
  testUserInfo,
} from '../__testUtils__/policyPermissions';
import {
  createReleaseConditionalDecision,
  releaseConditions,
} from '../permissions/conditions';

const rita = 'user:default/rita';
const paul = 'user:default/paul';
const userInfo = testUserInfo({
  [rita]: ['group:default/checkout-team'],
  [paul]: ['group:default/payments-team'],
});

/** Users read the releases their teams own; everything else is allowed. */
const ownTeamsReleases = {
  async handle(
    query: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (!isPermission(query.permission, releaseReadPermission) || !user) {
      return { result: AuthorizeResult.ALLOW };
    }
    const { ownershipEntityRefs: claims } = await userInfo.getUserInfo(
      user.credentials,
    );
    return createReleaseConditionalDecision(
      query.permission as ResourcePermission<'release'>,
      releaseConditions.isReleaseOwner({ claims }),
    );
  },
};

const entities = graphCatalog({
  cart: { owner: 'checkout-team' },
  ledger: { owner: 'payments-team' },
  search: { owner: 'search-team' },
});

const T = Date.UTC(2026, 10, 2, 9);
const period = `from=${new Date(T - 86_400_000).toISOString()}&to=${new Date(
  T + 86_400_000,
).toISOString()}`;

describeOnEachDatabase(
  'the runbook and deployment metrics of releases the caller may not read',
  {
    entities,
    userInfo,
    permissions: policyPermissions(ownTeamsReleases, userInfo),
  },
  backend => {
    const as = (who: string) => ({
      get: (path: string) =>
        backend
          .api()
          .get(`/api/releases${path}`)
          .set('Authorization', mockCredentials.user.header(who)),
    });
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      for (const [who, team, component] of [
        [rita, 'checkout-team', 'cart'],
        [paul, 'payments-team', 'ledger'],
      ]) {
        const res = await backend
          .api()
          .post('/api/releases/releases')
          .set('Authorization', mockCredentials.user.header(who))
          .send({
            title: team,
            version: '1.0.0',
            windowStart: '2027-03-01T09:00:00Z',
            windowEnd: '2027-03-01T12:00:00Z',
            owner: `group:default/${team}`,
            components: [`component:default/${component}`],
          });
        if (res.status !== 201) throw new Error(res.text);
        ids[team] = res.body.id;
      }
      await insertDeployments(backend.knex(), [
        {
          entityRef: 'component:default/cart',
          releaseId: ids['checkout-team'],
          status: 'succeeded',
          startedAt: T,
        },
        {
          entityRef: 'component:default/ledger',
          releaseId: ids['payments-team'],
          status: 'failed',
          startedAt: T,
        },
        {
          entityRef: 'component:default/ledger',
          releaseId: ids['payments-team'],
          status: 'succeeded',
          startedAt: T + 3_600_000,
        },
        // Matched to no release: it tells of none, so everyone counts it.
        {
          entityRef: 'component:default/search',
          status: 'succeeded',
          startedAt: T,
        },
      ]);
    });

    it('answers the runbook of a readable release, and the same 404 as for an unknown one otherwise', async () => {
      const own = await as(rita).get(
        `/releases/${ids['checkout-team']}/execution`,
      );
      expect([own.status, own.body.steps?.[0]?.status]).toEqual([
        200,
        'deployed',
      ]);

      const hidden = ids['payments-team'];
      const refused = await as(rita).get(`/releases/${hidden}/execution`);
      const release = await as(rita).get(`/releases/${hidden}`);
      expect([refused.status, release.status]).toEqual([404, 404]);
      expect(refused.body.error.message).toBe(`No release with id ${hidden}`);
    });

    it('counts no deployment of a release the caller may not read', async () => {
      const components = async (who: string) => {
        const res = await as(who).get(`/metrics/deployments?${period}`);
        expect(res.status).toBe(200);
        return res.body.byComponent.map(
          (c: any) => `${c.entityRef} ${c.deployments}`,
        );
      };
      expect(await components(rita)).toEqual([
        'component:default/cart 1',
        'component:default/search 1',
      ]);
      expect(await components(paul)).toEqual([
        'component:default/ledger 2',
        'component:default/search 1',
      ]);
    });
  },
);
