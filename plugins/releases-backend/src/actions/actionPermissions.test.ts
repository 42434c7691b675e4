import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import type { PermissionPolicy } from '@backstage/plugin-permission-node';
import { releaseReadPermission } from '@releasekit/plugin-releases-common';
import { entities, userInfo, users } from '../__testUtils__/authorizationCases';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { policyPermissions } from '../__testUtils__/policyPermissions';
import { invokeAction } from '../__testUtils__/releaseActions';
import { snapshot } from '../__testUtils__/releaseRequests';
import { ReleasesPermissionPolicy } from '../permissions/ReleasesPermissionPolicy';

/*
 * The actions make the API's permission decisions, through the same authorised services: the demo's
 * policy (owners edit, component owners tick their items) and, for reads, a policy that hides every
 * release from one user.
 */
const hidden = 'user:default/nora';
const releasesPolicy = new ReleasesPermissionPolicy({
  userInfo,
  adminGroups: ['group:default/release-admins'],
});
const policy: PermissionPolicy = {
  async handle(request, user) {
    const who = (user?.credentials.principal as { userEntityRef?: string })
      ?.userEntityRef;
    if (
      who === hidden &&
      isPermission(request.permission, releaseReadPermission)
    ) {
      return { result: AuthorizeResult.DENY };
    }
    return releasesPolicy.handle(request, user);
  },
};

const CHECKOUT = 'component:default/checkout';
const PAYMENT = 'component:default/payment';
/** A plan of the checkout team's, in early 2027. */
const plan = (title: string, components: string[]) => ({
  title,
  version: '1.0.0',
  windowStart: '2027-02-01T09:00:00Z',
  windowEnd: '2027-02-01T10:00:00Z',
  owner: 'group:default/checkout-team',
  components,
});

describeOnEachDatabase(
  'the actions’ permission decisions',
  {
    entities,
    userInfo,
    permissions: policyPermissions(policy, userInfo),
  },
  backend => {
    const api = backend.api;
    let release: any;
    const itemOf = (component: string) =>
      release.checklist.find(
        (i: any) => i.componentRef === component && i.check === null,
      ).id;

    beforeAll(async () => {
      const planned = await invokeAction(
        api,
        'plan-release',
        plan('Checkout', [CHECKOUT, PAYMENT]),
        users.owner,
      );
      if (planned.status !== 200) {
        throw new Error(`plan-release answered ${planned.status}`);
      }
      release = (
        await api().get(
          `/api/releases/releases/${planned.body.output.release.id}`,
        )
      ).body;
      await backend.ctx().risk.idle();
    });

    it('hides releases from a user who may not read them, as the API does', async () => {
      const listed = async (who: string) =>
        (await invokeAction(api, 'list-releases', {}, who)).body.output
          .releases;
      expect(await listed(hidden)).toEqual([]);
      expect((await listed(users.stranger)).map((r: any) => r.id)).toEqual([
        release.id,
      ]);
      const got = await invokeAction(
        api,
        'get-release',
        { releaseId: release.id },
        hidden,
      );
      expect([got.status, got.body.error.name]).toEqual([404, 'NotFoundError']);
    });

    it('tells a component owner what they may change: their own items only', async () => {
      const res = await invokeAction(
        api,
        'get-release',
        { releaseId: release.id, includeChecklist: true },
        users.componentOwner,
      );
      const { youMay, checklist } = res.body.output;
      expect(youMay).toEqual({ update: false, delete: false });
      const mine = checklist.filter((i: any) => i.youMayUpdate);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((i: any) => i.componentRef === PAYMENT)).toBe(true);

      const ticked = await invokeAction(
        api,
        'set-checklist-item-state',
        { releaseId: release.id, itemId: itemOf(PAYMENT), state: 'done' },
        users.componentOwner,
      );
      expect(ticked.status).toBe(200);
    });

    it('refuses a stranger’s writes with the API’s errors, writing nothing and auditing the failures', async () => {
      await backend.ctx().risk.idle();
      const before = await snapshot(backend.knex());
      const audits = backend.ctx().audits.length;
      const planned = await invokeAction(
        api,
        'plan-release',
        plan('Not mine', [CHECKOUT]),
        users.stranger,
      );
      expect([planned.status, planned.body.error.message]).toEqual([
        403,
        'owner: you may plan releases only for yourself or a group you belong to, not group:default/checkout-team',
      ]);
      const tick = await invokeAction(
        api,
        'set-checklist-item-state',
        { releaseId: release.id, itemId: itemOf(CHECKOUT), state: 'done' },
        users.stranger,
      );
      const report = await invokeAction(
        api,
        'report-check-result',
        {
          results: [
            { entityRef: CHECKOUT, check: 'ci.tests', status: 'passed' },
          ],
        },
        users.stranger,
      );
      expect([tick, report].map(r => [r.status, r.body.error.name])).toEqual([
        [403, 'NotAllowedError'],
        [403, 'NotAllowedError'],
      ]);
      expect(await snapshot(backend.knex())).toEqual(before);
      expect(
        backend
          .ctx()
          .audits.slice(audits)
          .map(a => [a.eventId, a.outcome, a.meta?.actor]),
      ).toEqual([
        ['release-create', 'failed', users.stranger],
        ['release-checklist-item-update', 'failed', users.stranger],
        ['check-results-report', 'failed', users.stranger],
      ]);
    });
  },
);
