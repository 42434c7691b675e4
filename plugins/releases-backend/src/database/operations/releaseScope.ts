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
 * The component rows, of the release in the outer query, that are the given component or belong to
 * the given system (the system the component belonged to when it was added): an EXISTS over them
 * selects the releases including that entity.
 */
export function componentsMatchingEntity(
  db: Knex,
  entityRef: string,
): Knex.QueryBuilder {
  return componentsOfRelease(db).andWhere(inner =>
    inner.where('entity_ref', entityRef).orWhere('system_ref', entityRef),
  );
}

/**
 * Restricts a query over releases to those including an entity, by joining the distinct ids of the
 * matching component rows. Starting from the entity_ref and system_ref indexes costs the same however
 * large the releases table is; the equivalent EXISTS lets PostgreSQL walk the window index instead,
 * probing every release in turn until a page is full (10× slower at 100,000 releases).
 */
export function joinReleasesIncluding(
  query: Knex.QueryBuilder,
  db: Knex,
  entityRef: string,
): Knex.QueryBuilder {
  const matching = db(TABLES.components)
    .distinct('release_id')
    .where('entity_ref', entityRef)
    .orWhere('system_ref', entityRef)
    .as('including_entity');
  return query.join(
    matching,
    'including_entity.release_id',
    `${TABLES.releases}.id`,
  );
}
