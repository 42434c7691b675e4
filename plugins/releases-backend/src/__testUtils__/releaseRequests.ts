import type { Knex } from 'knex';
import type request from 'supertest';

/** A supertest agent on a running backend. */
export type Api = () => ReturnType<typeof request>;

/** A valid plan of a release of two checkout components, for the tests to vary. */
export const validBody = {
  title: 'Checkout',
  version: '2.4.0',
  windowStart: '2026-12-01T09:00:00Z',
  windowEnd: '2026-12-01T13:00:00+00:00',
  owner: 'group:default/checkout-team',
  components: [
    'component:default/checkout-service',
    'component:default/cart-service',
  ],
  stakeholders: ['user:default/alice'],
  description: '## Goals',
};

/** Everything the plugin stores, to show that a refused write changed nothing. */
export async function snapshot(knex: Knex) {
  const [releases, components, items, activity] = await Promise.all(
    [
      'releases',
      'release_components',
      'checklist_items',
      'release_activity',
    ].map(t =>
      knex(t)
        .select()
        .orderBy(t === 'release_components' ? 'entity_ref' : 'id'),
    ),
  );
  return { releases, components, items, activity };
}

/** Creates a release through the API and returns it as answered (201). */
export async function createRelease(api: Api, body: object = validBody) {
  const res = await api().post('/api/releases/releases').send(body);
  expect(res.status).toBe(201);
  return res.body;
}

/**
 * Dates a release's creation and planning (if it was planned) back to `iso`, for tests whose fixed
 * dates lie before today: an outcome may not be released before the release was planned.
 */
export async function plannedOn(knex: Knex, releaseId: string, iso: string) {
  const at = Date.parse(iso);
  await knex('releases').where({ id: releaseId }).update({ created_at: at });
  await knex('releases')
    .where({ id: releaseId })
    .whereNotNull('planned_at')
    .update({ planned_at: at });
}
