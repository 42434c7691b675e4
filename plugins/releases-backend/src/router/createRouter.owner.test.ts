import { mockCredentials } from '@backstage/backend-test-utils';
import { testCatalog, user } from '../__testUtils__/catalogFixtures';
import {
  policyPermissions,
  testUserInfo,
} from '../__testUtils__/policyPermissions';
import { snapshot, validBody } from '../__testUtils__/releaseRequests';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { ReleasesPermissionPolicy } from '../permissions/ReleasesPermissionPolicy';

/*
 * Who may plan a release in whose name (issue 15, part 4): a user for themselves or a group they
 * belong to, an admin for anyone; a release planned in another team's name could be neither edited
 * nor deleted by the one who planned it.
 */
const member = 'user:default/alice';
const outsider = 'user:default/sam';
const admin = 'user:default/ada';
const userInfo = testUserInfo({
  [member]: ['group:default/checkout-team'],
  [admin]: ['group:default/release-admins'],
});

describeOnEachDatabase(
  'planning in the name of an owner',
  {
    entities: [...testCatalog(), user('sam'), user('ada')],
    userInfo,
    permissions: policyPermissions(
      new ReleasesPermissionPolicy({
        userInfo,
        adminGroups: ['group:default/release-admins'],
      }),
      userInfo,
    ),
  },
  backend => {
    const plan = (who: string, owner: string) =>
      backend
        .api()
        .post('/api/releases/releases')
        .set('Authorization', mockCredentials.user.header(who))
        .send({ ...validBody, stakeholders: [], owner });

    it('refuses another team’s name with a 403 naming owner, and stores nothing', async () => {
      // The risk refreshes of earlier tests write their snapshots; a refused write queues none.
      await backend.ctx().risk.idle();
      const before = await snapshot(backend.knex());
      const refused = await plan(outsider, 'group:default/checkout-team');
      expect([refused.status, refused.body.error.message]).toEqual([
        403,
        'owner: you may plan releases only for yourself or a group you belong to, not group:default/checkout-team',
      ]);
      expect(await snapshot(backend.knex())).toEqual(before);
    });

    it('lets a member plan for the group, anyone for themselves, an admin for anyone', async () => {
      const statuses = [
        (await plan(member, 'group:default/checkout-team')).status,
        (await plan(outsider, outsider)).status,
        (await plan(admin, 'group:default/payments-team')).status,
      ];
      expect(statuses).toEqual([201, 201, 201]);
    });
  },
);
