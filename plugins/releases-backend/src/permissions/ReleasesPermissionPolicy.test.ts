import { mockCredentials } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import type { Server } from 'node:http';
import request from 'supertest';
import {
  entities,
  type Fixture,
  type Row,
  ROWS,
  userInfo,
  users,
  type Who,
  WHO,
} from '../__testUtils__/authorizationCases';
import { policyPermissions } from '../__testUtils__/policyPermissions';
import {
  type ReleasesTestBackend,
  startReleasesBackend,
} from '../__testUtils__/startReleasesBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ReleasesPermissionPolicy } from './ReleasesPermissionPolicy';

jest.setTimeout(120_000);

const as = (who: Who) =>
  who === 'none'
    ? {}
    : { Authorization: mockCredentials.user.header(users[who]) };

async function send(server: Server, who: Who, call: ReturnType<Row['call']>) {
  const req = request(server)
    [call.method](`/api/releases${call.path}`)
    .set(as(who));
  return call.body ? req.send(call.body) : req;
}

/** A release (draft, planned or in progress), a freeze and a feed, all made by the admin. */
async function fixture(
  server: Server,
  status: Row['status'] = 'draft',
): Promise<Fixture> {
  const admin = (call: ReturnType<Row['call']>) => send(server, 'admin', call);
  let release = (
    await admin({
      method: 'post',
      path: '/releases',
      body: {
        title: 'Checkout',
        version: '2',
        windowStart: '2027-01-10T09:00:00Z',
        windowEnd: '2027-01-10T12:00:00Z',
        owner: 'group:default/checkout-team',
        components: ['component:default/checkout', 'component:default/payment'],
      },
    })
  ).body;
  const path: Record<NonNullable<Row['status']>, string[]> = {
    draft: [],
    planned: ['planned'],
    in_progress: ['planned', 'in_progress'],
  };
  for (const to of path[status]) {
    release = (
      await admin({
        method: 'post',
        path: `/releases/${release.id}/transitions`,
        body: { to, override: true, reason: 'Test' },
      })
    ).body;
  }
  const freeze = await admin({
    method: 'post',
    path: '/freezes',
    body: {
      title: 'F',
      reason: 'R',
      start: '2027-04-01T00:00:00Z',
      end: '2027-04-02T00:00:00Z',
    },
  });
  const feed = await admin({ method: 'post', path: '/feeds', body: {} });
  return {
    release,
    freezeId: freeze.body.id,
    feedId: feed.body.id,
    feedPath: new URL(feed.body.url).pathname.replace('/api/releases', ''),
  };
}

const databases = createTestDatabases();

describe('ReleasesPermissionPolicy on every endpoint', () => {
  let knex: Knex;
  let ctx: ReleasesTestBackend;

  beforeAll(async () => {
    knex = await databases.init('SQLITE_3');
    ctx = await startReleasesBackend({
      knex,
      entities,
      anonymousByDefault: true,
      userInfo,
      permissions: policyPermissions(
        new ReleasesPermissionPolicy({
          userInfo,
          adminGroups: ['group:default/release-admins'],
        }),
        userInfo,
      ),
    });
  });

  afterAll(async () => {
    await ctx.backend.stop();
    await knex.destroy();
  });

  it.each(ROWS.map(row => [row.name, row] as const))(
    '%s',
    async (_name, row) => {
      const got: number[] = [];
      for (const who of WHO) {
        const res = await send(
          ctx.server,
          who,
          row.call(await fixture(ctx.server, row.status)),
        );
        got.push(res.status);
      }
      expect(Object.fromEntries(WHO.map((w, i) => [w, got[i]]))).toEqual(
        Object.fromEntries(WHO.map((w, i) => [w, row.expect[i]])),
      );
    },
  );

  it('lets a user plan a release only in their own name or their group’s', async () => {
    const plan = (owner: string) =>
      send(ctx.server, 'stranger', {
        method: 'post',
        path: '/releases',
        body: {
          title: 'Mine',
          version: '1',
          windowStart: '2027-03-01T09:00:00Z',
          windowEnd: '2027-03-01T10:00:00Z',
          owner,
          components: ['component:default/cart'],
        },
      });
    const before = await knex('releases').count({ n: '*' });
    const theirs = await plan('group:default/checkout-team');
    expect([theirs.status, theirs.body.error.message]).toEqual([
      403,
      'owner: you may plan releases only for yourself or a group you belong to, not group:default/checkout-team',
    ]);
    expect(await knex('releases').count({ n: '*' })).toEqual(before);
    expect((await plan(users.stranger)).status).toBe(201);
  });

  it('tells each viewer what they may do with a release', async () => {
    const { release } = await fixture(ctx.server);
    const access = async (who: Who) =>
      (
        await send(ctx.server, who, {
          method: 'get',
          path: `/releases/${release.id}`,
        })
      ).body.access;
    const paymentItems = release.checklist
      .filter((i: any) => i.componentRef === 'component:default/payment')
      .map((i: any) => i.id)
      .sort();
    const all = release.checklist.map((i: any) => i.id).sort();

    expect(await access('stranger')).toEqual({
      update: false,
      delete: false,
      updatableItemIds: [],
    });
    const pat = await access('componentOwner');
    expect({ ...pat, updatableItemIds: pat.updatableItemIds.sort() }).toEqual({
      update: false,
      delete: false,
      updatableItemIds: paymentItems,
    });
    const olive = await access('owner');
    expect({
      ...olive,
      updatableItemIds: olive.updatableItemIds.sort(),
    }).toEqual({
      update: true,
      delete: true,
      updatableItemIds: all,
    });
  });
});
