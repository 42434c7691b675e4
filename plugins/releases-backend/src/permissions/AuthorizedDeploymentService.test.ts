import { mockCredentials } from '@backstage/backend-test-utils';
import {
  isPermission,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import type {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { releaseReadPermission } from '@releasekit/plugin-releases-common';
import { testCatalog, user } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import {
  deploymentSnapshot,
  releaseOf,
  reportDeployment,
  svc,
} from '../__testUtils__/deployments';
import {
  policyPermissions,
  testUserInfo,
} from '../__testUtils__/policyPermissions';
import {
  createReleaseConditionalDecision,
  releaseConditions,
} from './conditions';
import { ReleasesPermissionPolicy } from './ReleasesPermissionPolicy';

const member = 'user:default/alice';
const outsider = 'user:default/sam';
const userInfo = testUserInfo({ [member]: ['group:default/checkout-team'] });
const defaultPolicy = new ReleasesPermissionPolicy({
  userInfo,
  adminGroups: [],
});

/** The default policy, except that a user reads only the releases their team owns. */
const ownReleasesOnly = {
  async handle(query: PolicyQuery, who?: PolicyQueryUser) {
    if (!isPermission(query.permission, releaseReadPermission) || !who) {
      return defaultPolicy.handle(query, who);
    }
    const { ownershipEntityRefs: claims } = await userInfo.getUserInfo(
      who.credentials,
    );
    return createReleaseConditionalDecision(
      query.permission as ResourcePermission<'release'>,
      releaseConditions.isReleaseOwner({ claims }),
    ) as PolicyDecision;
  },
};

const entities = [...testCatalog(), user('sam')];
// svc-1 and svc-3 are the checkout team's, svc-2 the payments team's.
const deployment = (entityRef: string, extra: object = {}) => ({
  entityRef,
  version: '1.0.0',
  environment: 'staging',
  status: 'succeeded',
  ...extra,
});

describeOnEachDatabase(
  'who may report deployments, with the default policy',
  {
    entities,
    userInfo,
    permissions: policyPermissions(defaultPolicy, userInfo),
  },
  backend => {
    const report = (who: string, body: object) =>
      reportDeployment(backend.api, body, mockCredentials.user.header(who));

    it('lets the component’s owners report it in a release another team owns, as if ticking its items', async () => {
      await releaseOf(backend.knex(), [svc(1), svc(2)], {
        owner: 'group:default/payments-team',
      });
      expect((await report(member, deployment(svc(1)))).status).toBe(201);
      const before = await deploymentSnapshot(backend.knex());
      const refused = await report(member, deployment(svc(2)));
      expect([refused.status, refused.body.error.message]).toEqual([
        403,
        `You may not report deployments of ${svc(
          2,
        )}: you may not tick its items in the release it belongs to`,
      ]);
      expect(await deploymentSnapshot(backend.knex())).toEqual(before);
    });

    it('lets anyone report a deployment that belongs to no release', async () => {
      const res = await report(outsider, deployment(svc(3)));
      expect([res.status, res.body.deployment.releaseId]).toEqual([201, null]);
    });
  },
);

describeOnEachDatabase(
  'deployments of releases the caller may not read',
  {
    entities,
    userInfo,
    permissions: policyPermissions(ownReleasesOnly, userInfo),
  },
  backend => {
    const as = (who: string) => mockCredentials.user.header(who);

    it('hides them from lists and hides their release in what is deployed where', async () => {
      const { release } = await releaseOf(backend.knex(), [svc(11)], {
        owner: 'group:default/checkout-team',
      });
      const ours = await reportDeployment(
        backend.api,
        deployment(svc(11), { environment: 'production' }),
        as(member),
      );
      const loose = await reportDeployment(
        backend.api,
        deployment(svc(11), {
          version: '0.9.0',
          startedAt: '2026-01-01T00:00:00Z',
        }),
        as(member),
      );
      expect(ours.body.deployment.releaseId).toBe(release.id);
      expect(loose.body.deployment.releaseId).toBe(release.id);

      const list = (who: string) =>
        backend
          .api()
          .get('/api/releases/deployments')
          .query({ entityRef: svc(11) })
          .set('Authorization', as(who));
      expect((await list(member)).body.items).toHaveLength(2);
      expect((await list(outsider)).body.items).toEqual([]);

      await backend
        .knex()('deployments')
        .where({ id: loose.body.deployment.id })
        .update({ release_id: null });
      expect((await list(outsider)).body.items.map((d: any) => d.id)).toEqual([
        loose.body.deployment.id,
      ]);

      const current = async (who: string) =>
        (
          await backend
            .api()
            .get('/api/releases/deployments/current')
            .query({ entityRef: svc(11) })
            .set('Authorization', as(who))
        ).body.environments.map((e: any) => e.deployment?.releaseId);
      expect(await current(member)).toEqual([null, release.id]);
      expect(await current(outsider)).toEqual([null, null]);
    });

    it('answers a named release the caller may not read as one that does not exist', async () => {
      const { release } = await releaseOf(backend.knex(), [svc(13)], {
        owner: 'group:default/checkout-team',
        status: 'planned',
      });
      const before = await deploymentSnapshot(backend.knex());
      const refused = await reportDeployment(
        backend.api,
        deployment(svc(13), { releaseId: release.id }),
        as(outsider),
      );
      expect([refused.status, refused.body.error.message]).toEqual([
        400,
        `releaseId: there is no release ${release.id} that includes ${svc(13)}`,
      ]);
      expect(await deploymentSnapshot(backend.knex())).toEqual(before);
    });
  },
);
