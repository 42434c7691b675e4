import type { Knex } from 'knex';
import { parseEntityRef } from '@backstage/catalog-model';
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

/** The alias of the component rows an entity's list is read from (see {@link entityRowsInWindowOrder}). */
export const ENTITY_ROWS = 'entity_rows';

/**
 * The releases including an entity, one component row each, to read in (window_start, release_id)
 * order straight from the (entity_ref, window_start, release_id) or (system_ref, …) index: a page
 * stops after its last release instead of sorting every release of the entity. Joins the releases
 * (unaliased, for the filters) and leaves the columns, filters and order to the caller.
 *
 * A component's releases are its own rows (one per release: the key is release_id, entity_ref). A
 * system's are its components' rows, of which a release may have several: only the first (lowest
 * entity_ref) of each release is kept. Components are of kind component (the service refuses
 * others) and systems of kind system (the catalog reader writes them so), so a component ref is
 * looked up by entity_ref alone and any other ref by system_ref alone: the same releases as
 * `entity_ref = ? OR system_ref = ?`, which no index can return in order.
 */
export function entityRowsInWindowOrder(
  db: Knex,
  entityRef: string,
): Knex.QueryBuilder {
  const query = db(`${TABLES.components} as ${ENTITY_ROWS}`).join(
    TABLES.releases,
    `${TABLES.releases}.id`,
    `${ENTITY_ROWS}.release_id`,
  );
  if (isComponentRef(entityRef)) {
    return query.where(`${ENTITY_ROWS}.entity_ref`, entityRef);
  }
  return query.where(`${ENTITY_ROWS}.system_ref`, entityRef).whereNotExists(
    db(`${TABLES.components} as earlier`)
      .select(db.raw('1'))
      .whereRaw('?? = ??', ['earlier.release_id', `${ENTITY_ROWS}.release_id`])
      .where('earlier.system_ref', entityRef)
      .whereRaw('?? < ??', ['earlier.entity_ref', `${ENTITY_ROWS}.entity_ref`]),
  );
}

function isComponentRef(entityRef: string): boolean {
  try {
    return (
      parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US') === 'component'
    );
  } catch {
    return false;
  }
}
