import { mockCredentials } from '@backstage/backend-test-utils';
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
import { ReleasesPermissionPolicy } from './ReleasesPermissionPolicy';

jest.setTimeout(120_000);

const users = {
  owner: 'user:default/olive',
  componentOwner: 'user:default/pat',
  admin: 'user:default/ada',
  stranger: 'user:default/sam',
};
const userInfo = testUserInfo({
  [users.owner]: ['group:default/checkout-team'],
  [users.componentOwner]: ['group:default/payments-team'],
  [users.admin]: ['group:default/release-admins'],
});
const entities = [
  ...graphCatalog({
    checkout: { owner: 'checkout-team' },
    payment: { owner: 'payments-team' },
    cart: { owner: 'checkout-team' },
  }),
  ...Object.values(users).map(ref => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1], namespace: 'default' },
    spec: {},
  })),
];

type Who = 'none' | keyof typeof users;
const WHO: Who[] = ['none', 'stranger', 'owner', 'componentOwner', 'admin'];

interface Fixture {
  release: any;
  freezeId: string;
  feedId: string;
  feedPath: string;
}

interface Row {
  name: string;
  status?: 'draft' | 'planned' | 'in_progress';
  call: (f: Fixture) => {
    method: 'get' | 'post' | 'patch' | 'put' | 'delete';
    path: string;
    body?: object;
  };
  expect: [number, number, number, number, number];
}

const itemOf = (f: Fixture, component: string) =>
  f.release.checklist.find(
    (i: any) => i.componentRef === `component:default/${component}`,
  ).id;

const ROWS: Row[] = [
  {
    name: 'list releases',
    call: () => ({ method: 'get', path: '/releases' }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'create a release',
    call: () => ({
      method: 'post',
      path: '/releases',
      body: {
        title: 'New',
        version: '1',
        windowStart: '2027-02-01T09:00:00Z',
        windowEnd: '2027-02-01T10:00:00Z',
        owner: 'group:default/checkout-team',
        components: ['component:default/cart'],
      },
    }),
    expect: [401, 201, 201, 201, 201],
  },
  {
    name: 'read a release',
    call: f => ({ method: 'get', path: `/releases/${f.release.id}` }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'edit a release',
    call: f => ({
      method: 'patch',
      path: `/releases/${f.release.id}`,
      body: { revision: f.release.revision, title: 'Edited' },
    }),
    expect: [401, 403, 200, 403, 200],
  },
  {
    name: 'delete a draft',
    call: f => ({ method: 'delete', path: `/releases/${f.release.id}` }),
    expect: [401, 403, 204, 403, 204],
  },
  {
    name: 'change status',
    call: f => ({
      method: 'post',
      path: `/releases/${f.release.id}/transitions`,
      body: { to: 'planned' },
    }),
    expect: [401, 403, 200, 403, 200],
  },
  {
    name: 'add a component',
    call: f => ({
      method: 'post',
      path: `/releases/${f.release.id}/components`,
      body: { components: ['component:default/cart'] },
    }),
    expect: [401, 403, 200, 403, 200],
  },
  {
    name: 'remove a component',
    call: f => ({
      method: 'delete',
      path: `/releases/${f.release.id}/components/${encodeURIComponent(
        'component:default/payment',
      )}`,
    }),
    expect: [401, 403, 200, 403, 200],
  },
  {
    name: 'add a checklist item',
    call: f => ({
      method: 'post',
      path: `/releases/${f.release.id}/checklist`,
      body: { title: 'Extra', category: 'planning' },
    }),
    expect: [401, 403, 201, 403, 201],
  },
  {
    name: "tick an item of the component owner's component",
    call: f => ({
      method: 'patch',
      path: `/releases/${f.release.id}/checklist/${itemOf(f, 'payment')}`,
      body: { state: 'done' },
    }),
    expect: [401, 403, 200, 200, 200],
  },
  {
    name: "tick an item of another team's component",
    call: f => ({
      method: 'patch',
      path: `/releases/${f.release.id}/checklist/${itemOf(f, 'checkout')}`,
      body: { state: 'done' },
    }),
    expect: [401, 403, 200, 403, 200],
  },
  {
    name: 'read the activity',
    call: f => ({ method: 'get', path: `/releases/${f.release.id}/activity` }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'read the insights',
    call: f => ({ method: 'get', path: `/releases/${f.release.id}/insights` }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'record a go/no-go decision',
    status: 'planned',
    call: f => ({
      method: 'post',
      path: `/releases/${f.release.id}/decisions`,
      body: { decision: 'go', rationale: 'Ready' },
    }),
    expect: [401, 403, 201, 403, 201],
  },
  {
    name: 'record the outcome',
    status: 'in_progress',
    call: f => ({
      method: 'put',
      path: `/releases/${f.release.id}/outcome`,
      body: { result: 'success', releasedAt: '2026-11-01T10:00:00Z' },
    }),
    expect: [401, 403, 200, 403, 200],
  },
  {
    name: 'read metrics',
    call: () => ({ method: 'get', path: '/metrics' }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'read the calendar',
    call: () => ({
      method: 'get',
      path: '/calendar?from=2027-01-01T00:00:00Z&to=2027-02-01T00:00:00Z',
    }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'list freezes',
    call: () => ({ method: 'get', path: '/freezes' }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'ask whether a component is frozen',
    call: () => ({
      method: 'get',
      path: '/freezes/active?entityRef=component:default/checkout',
    }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'create a freeze',
    call: () => ({
      method: 'post',
      path: '/freezes',
      body: {
        title: 'Freeze',
        reason: 'Peak',
        start: '2027-03-01T00:00:00Z',
        end: '2027-03-02T00:00:00Z',
      },
    }),
    expect: [401, 403, 403, 403, 201],
  },
  {
    name: 'change a freeze',
    call: f => ({
      method: 'patch',
      path: `/freezes/${f.freezeId}`,
      body: { revision: 1, title: 'Changed' },
    }),
    expect: [401, 403, 403, 403, 200],
  },
  {
    name: 'delete a freeze',
    call: f => ({ method: 'delete', path: `/freezes/${f.freezeId}` }),
    expect: [401, 403, 403, 403, 204],
  },
  {
    name: 'list my feeds',
    call: () => ({ method: 'get', path: '/feeds' }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'create a feed',
    call: () => ({ method: 'post', path: '/feeds', body: {} }),
    expect: [401, 201, 201, 201, 201],
  },
  {
    name: "revoke the admin's feed",
    call: f => ({ method: 'delete', path: `/feeds/${f.feedId}` }),
    expect: [401, 404, 404, 404, 204],
  },
  {
    name: 'fetch a feed by its secret URL',
    call: f => ({ method: 'get', path: f.feedPath }),
    expect: [200, 200, 200, 200, 200],
  },
  {
    name: 'list templates',
    call: () => ({ method: 'get', path: '/templates' }),
    expect: [401, 200, 200, 200, 200],
  },
];

const databases = createTestDatabases();

describe('authorization of every endpoint', () => {
  let knex: Knex;
  let ctx: ReleasesTestBackend;

  beforeAll(async () => {
    knex = await databases.init('SQLITE_3');
    ctx = await startReleasesBackend({
      knex,
      entities,
      anonymousByDefault: true,
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

  const as = (who: Who) =>
    who === 'none'
      ? {}
      : { Authorization: mockCredentials.user.header(users[who]) };

  async function send(who: Who, call: ReturnType<Row['call']>) {
    const req = request(ctx.server)
      [call.method](`/api/releases${call.path}`)
      .set(as(who));
    return call.body ? req.send(call.body) : req;
  }

  async function fixture(status: Row['status'] = 'draft'): Promise<Fixture> {
    const admin = (call: ReturnType<Row['call']>) => send('admin', call);
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
          components: [
            'component:default/checkout',
            'component:default/payment',
          ],
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

  it.each(ROWS.map(row => [row.name, row] as const))(
    '%s',
    async (_name, row) => {
      const got: number[] = [];
      for (const who of WHO) {
        const res = await send(who, row.call(await fixture(row.status)));
        got.push(res.status);
      }
      expect(Object.fromEntries(WHO.map((w, i) => [w, got[i]]))).toEqual(
        Object.fromEntries(WHO.map((w, i) => [w, row.expect[i]])),
      );
    },
  );

  it('tells each viewer what they may do with a release', async () => {
    const { release } = await fixture();
    const access = async (who: Who) =>
      (await send(who, { method: 'get', path: `/releases/${release.id}` })).body
        .access;
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
