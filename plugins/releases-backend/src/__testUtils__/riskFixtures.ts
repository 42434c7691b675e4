import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import { graphCatalog } from './graphCatalog';
import { insertRelease, newRelease } from './newRelease';
import type { Api } from './releaseRequests';

export const ref = (name: string) => `component:default/${name}`;

/*
 * payment (payments-team, system money), on which billing (billing-team) depends; cart
 * (checkout-team, system shop).
 */
export const riskEntities = graphCatalog({
  payment: { owner: 'payments-team', system: 'money' },
  billing: { owner: 'billing-team', system: 'money', dependsOn: ['payment'] },
  cart: { owner: 'checkout-team', system: 'shop' },
});

/**
 * A template whose items are easy to count: one required and one optional release item, and a
 * required automated `ci.tests` item per component. A freeze of the money system ends a day before
 * the window of `riskyBody`.
 */
export const riskConfig = {
  releases: {
    templates: [
      {
        id: 'risky',
        title: 'Counted',
        releaseItems: [
          { title: 'Plan agreed', category: 'planning' },
          { title: 'Notes', category: 'communication', required: false },
        ],
        componentItems: [
          { title: 'Tests pass', category: 'validation', check: 'ci.tests' },
        ],
      },
    ],
    freezes: [
      {
        id: 'money-close',
        title: 'Month-end close',
        reason: 'Finance closes the books',
        start: '2027-02-27T00:00:00Z',
        end: '2027-02-28T09:00:00Z',
        entityRefs: ['system:default/money'],
      },
    ],
  },
};

export const riskyBody = {
  title: 'Payments',
  version: '3.0.0',
  templateId: 'risky',
  windowStart: '2027-03-01T09:00:00Z',
  windowEnd: '2027-03-01T12:00:00Z',
  owner: 'group:default/payments-team',
  components: [ref('payment'), ref('cart')],
  risks: [
    { title: 'Card schemes change', likelihood: 'high', impact: 'medium' },
    { title: 'Ledger drift', likelihood: 'low', impact: 'high' },
  ],
};

/**
 * A release of the cart that was rolled back ten days before `riskyBody`'s window, stored as an
 * older version of the plugin left it: without a risk.
 */
export async function rolledBackCart(knex: Knex) {
  const store = await DatabaseReleaseStore.create({
    database: { getClient: async () => knex } as unknown as DatabaseService,
  });
  const end = Date.parse('2027-02-19T12:00:00Z');
  const release = newRelease({
    status: 'rolled_back',
    windowStart: end - 3_600_000,
    windowEnd: end,
    components: [
      {
        entityRef: ref('cart'),
        ownerRef: 'group:default/checkout-team',
        systemRef: 'system:default/shop',
      },
    ],
    items: [],
  });
  // Straight into the database: no change listener, so its risk is never computed.
  await insertRelease(store, release, end - 86_400_000);
  return release.id;
}

/** A planned release of the cart by another team, overlapping `riskyBody`'s window. */
export async function plannedCartRelease(api: Api) {
  const res = await api()
    .post('/api/releases/releases')
    .send({
      title: 'Cart',
      version: '7.1.0',
      windowStart: '2027-03-01T10:00:00Z',
      windowEnd: '2027-03-01T14:00:00Z',
      owner: 'group:default/checkout-team',
      components: [ref('cart')],
    });
  expect(res.status).toBe(201);
  await api()
    .post(`/api/releases/releases/${res.body.id}/transitions`)
    .send({ to: 'planned' })
    .expect(200);
  return res.body;
}

/** The factors of a risk as key → [value, contribution]. */
export function factorsOf(risk: {
  factors: Array<{ key: string; value: number; contribution: number }>;
}) {
  return Object.fromEntries(
    risk.factors.map(f => [f.key, [f.value, f.contribution]]),
  );
}
