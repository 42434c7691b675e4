import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import type { NewRelease } from '../database/types';
import { insertRelease, newRelease } from './newRelease';
import type { Api } from './releaseRequests';

/** A component of the test catalog (testCatalog): svc-N is owned by checkout-team when N is odd. */
export const svc = (n: number) => `component:default/svc-${n}`;

const teamOf = (ref: string) => {
  const n = Number(ref.slice(ref.lastIndexOf('-') + 1));
  return `group:default/${n % 2 ? 'checkout' : 'payments'}-team`;
};

/**
 * Stores a release of these test-catalog components (each with one required item, assigned to its
 * owner), in progress unless said, through the real store on the backend's database.
 */
export async function releaseOf(
  knex: Knex,
  components: string[],
  overrides: Partial<NewRelease> = {},
) {
  const store = await DatabaseReleaseStore.create({
    database: { getClient: async () => knex } as unknown as DatabaseService,
  });
  const base = newRelease({ status: 'in_progress', ...overrides });
  const release: NewRelease = {
    ...base,
    components: components.map(entityRef => ({
      entityRef,
      ownerRef: teamOf(entityRef),
      systemRef: 'system:default/bulk',
    })),
    items: components.map((componentRef, i) => ({
      id: `${base.id}-${i}`,
      componentRef,
      title: `Deploy ${componentRef}`,
      category: 'execution',
      required: true,
      assignee: teamOf(componentRef),
      source: 'default',
    })),
    ...overrides,
  };
  await insertRelease(store, release);
  return { store, release };
}

/** POST /deployments, as the mock user or with the given Authorization header. */
export function reportDeployment(
  api: Api,
  body: object,
  authorization?: string,
) {
  const req = api().post('/api/releases/deployments');
  return (authorization ? req.set('Authorization', authorization) : req).send(
    body,
  );
}

/** The deployments and activity stored, to show that a refused report wrote nothing. */
export async function deploymentSnapshot(knex: Knex) {
  const [deployments, activity] = await Promise.all([
    knex('deployments').select().orderBy('id'),
    knex('release_activity').select().orderBy('id'),
  ]);
  return { deployments, activity };
}
