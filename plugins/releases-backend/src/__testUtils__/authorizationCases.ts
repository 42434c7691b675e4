import { testUserInfo } from './policyPermissions';
import { graphCatalog } from './graphCatalog';

/*
 * Every endpoint, called by five kinds of caller (nobody, a stranger, the release owner, a
 * component owner and an admin), with the status ReleasesPermissionPolicy should lead to.
 */

export const users = {
  owner: 'user:default/olive',
  componentOwner: 'user:default/pat',
  admin: 'user:default/ada',
  stranger: 'user:default/sam',
};
export const userInfo = testUserInfo({
  [users.owner]: ['group:default/checkout-team'],
  [users.componentOwner]: ['group:default/payments-team'],
  [users.admin]: ['group:default/release-admins'],
});
export const entities = [
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

export type Who = 'none' | keyof typeof users;
export const WHO: Who[] = [
  'none',
  'stranger',
  'owner',
  'componentOwner',
  'admin',
];

export interface Fixture {
  release: any;
  freezeId: string;
  feedId: string;
  feedPath: string;
}

export interface Row {
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

export const ROWS: Row[] = [
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
    // Only members of the owning group (and admins) plan in its name.
    expect: [401, 403, 201, 403, 201],
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
    name: 'read the runbook',
    call: f => ({ method: 'get', path: `/releases/${f.release.id}/execution` }),
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
      // Now: after the release was planned, and not in the future.
      body: { result: 'success', releasedAt: new Date().toISOString() },
    }),
    expect: [401, 403, 200, 403, 200],
  },
  {
    name: 'read metrics',
    call: () => ({ method: 'get', path: '/metrics' }),
    expect: [401, 200, 200, 200, 200],
  },
  {
    name: 'read deployment metrics',
    call: () => ({ method: 'get', path: '/metrics/deployments' }),
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
