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
import type { Knex } from 'knex';
import request from 'supertest';
import { graphCatalog } from '../__testUtils__/graphCatalog';
import {
  policyPermissions,
  testUserInfo,
} from '../__testUtils__/policyPermissions';
import {
  type ReleasesTestBackend,
  startReleasesBackend,
} from '../__testUtils__/startReleasesBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  createReleaseConditionalDecision,
  releaseConditions,
} from './conditions';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const reader = 'user:default/rita';
const userInfo = testUserInfo({ [reader]: ['group:default/checkout-team'] });

/**
 * A policy that lets a user read the releases their team owns, and any release of the money system,
 * except cancelled ones: every combinator (anyOf, allOf, not) and every release rule at once.
 */
const readPolicy = {
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
      {
        allOf: [
          {
            anyOf: [
              releaseConditions.isReleaseOwner({ claims }),
              releaseConditions.includesEntity({
                entityRef: 'system:default/money',
              }),
            ],
          },
          { not: releaseConditions.hasStatus({ statuses: ['cancelled'] }) },
        ],
      },
    );
  },
};

const entities = graphCatalog({
  cart: { owner: 'checkout-team', system: 'shop' },
  ledger: { owner: 'payments-team', system: 'money' },
  search: { owner: 'search-team', system: 'discovery' },
});

describe.each(databases.eachSupportedId())(
  'conditional read decisions on %s',
  databaseId => {
    let knex: Knex;
    let ctx: ReleasesTestBackend;
    const readable: string[] = [];
    const hidden: string[] = [];

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      // Writes go through an allow-all backend; reads through the conditional policy on the same data.
      const writer = await startReleasesBackend({ knex, entities });
      const specs: Array<[string, string, string, boolean]> = [
        // owner team, component, final status, readable by rita
        ['checkout-team', 'cart', 'planned', true],
        ['payments-team', 'ledger', 'planned', true],
        ['search-team', 'search', 'planned', false],
        ['checkout-team', 'cart', 'cancelled', false],
        ['search-team', 'search', 'draft', false],
        ['checkout-team', 'cart', 'draft', true],
        ['payments-team', 'ledger', 'draft', true],
        ['search-team', 'search', 'planned', false],
        ['checkout-team', 'cart', 'planned', true],
      ];
      for (const [i, [team, component, status, visible]] of specs.entries()) {
        const created = await request(writer.server)
          .post('/api/releases/releases')
          .send({
            title: `R${i}`,
            version: '1',
            windowStart: `2027-01-${String(i + 1).padStart(2, '0')}T09:00:00Z`,
            windowEnd: `2027-01-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
            owner: `group:default/${team}`,
            components: [`component:default/${component}`],
          });
        if (status !== 'draft') {
          await request(writer.server)
            .post(`/api/releases/releases/${created.body.id}/transitions`)
            .send({ to: status === 'cancelled' ? 'cancelled' : 'planned' });
        }
        (visible ? readable : hidden).push(created.body.id);
      }
      await writer.backend.stop();
      ctx = await startReleasesBackend({
        knex,
        entities,
        permissions: policyPermissions(readPolicy, userInfo),
      });
    });

    afterAll(async () => {
      await ctx.backend.stop();
      await knex.destroy();
    });

    const get = (path: string) =>
      request(ctx.server)
        .get(`/api/releases${path}`)
        .set('Authorization', mockCredentials.user.header(reader));

    it('filters lists in SQL: every page is full and only readable releases appear', async () => {
      const seen: string[] = [];
      const pageSizes: number[] = [];
      let cursor: string | undefined;
      do {
        const res = await get(
          `/releases?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(res.status).toBe(200);
        pageSizes.push(res.body.items.length);
        seen.push(...res.body.items.map((r: any) => r.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual([...readable].sort());
      // 5 readable releases in pages of 2: 2, 2, 1. Filtering after LIMIT would leave pages short.
      expect(pageSizes).toEqual([2, 2, 1]);
    });

    it('answers a release the user may not read as not found, and leaves it out of the calendar', async () => {
      expect((await get(`/releases/${readable[0]}`)).status).toBe(200);
      for (const id of hidden) {
        expect((await get(`/releases/${id}`)).status).toBe(404);
        expect((await get(`/releases/${id}/activity`)).status).toBe(404);
      }
      const calendar = await get(
        '/calendar?from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z',
      );
      expect(calendar.body.releases.map((r: any) => r.id).sort()).toEqual(
        [...readable].sort(),
      );
    });
  },
);
