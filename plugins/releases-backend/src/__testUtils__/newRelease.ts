import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import type { ReleaseStore } from '../database/ReleaseStore';
import type { NewRelease } from '../database/types';

export const HOUR = 3_600_000;
export const T0 = Date.UTC(2026, 11, 1, 9);

let seq = 0;
export function newRelease(overrides: Partial<NewRelease> = {}): NewRelease {
  seq += 1;
  const id = `r-${String(seq).padStart(4, '0')}`;
  return {
    id,
    title: `Release ${seq}`,
    version: `1.${seq}.0`,
    description: '',
    risks: [],
    owner: 'group:default/checkout-team',
    stakeholders: [],
    templateId: 'default',
    status: 'planned',
    windowStart: T0,
    windowEnd: T0 + 2 * HOUR,
    plannedAt: T0 - 10 * HOUR,
    components: [
      {
        entityRef: 'component:default/checkout-service',
        ownerRef: 'group:default/checkout-team',
        systemRef: 'system:default/checkout',
      },
    ],
    items: [
      {
        id: `${id}-a`,
        componentRef: 'component:default/checkout-service',
        title: 'Tests pass',
        category: 'validation',
        required: true,
        assignee: 'group:default/checkout-team',
        source: 'default',
      },
      {
        id: `${id}-b`,
        componentRef: null,
        title: 'Release notes',
        category: 'communication',
        required: false,
        assignee: 'group:default/checkout-team',
        source: 'default',
      },
    ],
    ...overrides,
  };
}

/** Inserts a fixture release as alice, at T0 unless said, with no activity. */
export function insertRelease(
  store: ReleaseStore,
  release: NewRelease,
  at = T0,
) {
  return store.insertRelease({
    release,
    actor: 'user:default/alice',
    at,
    activity: [],
  });
}

/** A fixture release whose component item `Tests pass` is automated: `ci.tests` results settle it. */
export function automatedRelease(overrides: Partial<NewRelease> = {}) {
  const r = newRelease(overrides);
  return {
    ...r,
    items: r.items.map(i => (i.componentRef ? { ...i, check: 'ci.tests' } : i)),
  };
}

/** A store on a test backend's database, with an automated release in it (as alice, now). */
export async function storeWithAutomatedRelease(knex: Knex) {
  const store = await DatabaseReleaseStore.create({
    database: { getClient: async () => knex } as unknown as DatabaseService,
  });
  const release = automatedRelease();
  await insertRelease(store, release, Date.now());
  return { store, release };
}
