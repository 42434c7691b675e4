import type { Knex } from 'knex';
import { TABLES } from './tables';

/** An EXISTS subquery over the component rows of the release in the outer query. */
export function componentsOfRelease(db: Knex): Knex.QueryBuilder {
  return db(TABLES.components)
    .select(db.raw('1'))
    .whereRaw('??.?? = ??.??', [
      TABLES.components,
      'release_id',
      TABLES.releases,
      'id',
    ]);
}

/**
 * Releases including a component, or any component of a system (through the system the component
 * belonged to when it was added).
 */
export function includesEntity(db: Knex, entityRef: string): Knex.QueryBuilder {
  return componentsOfRelease(db).andWhere(inner =>
    inner.where('entity_ref', entityRef).orWhere('system_ref', entityRef),
  );
}
