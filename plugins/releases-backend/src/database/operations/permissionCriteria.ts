import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type { Knex } from 'knex';
import type { ReleaseQuery, ReleaseReadScope } from '../types';
import { componentsMatchingEntity } from './releaseScope';
import { TABLES } from './tables';

function applyLeaf(query: Knex.QueryBuilder, db: Knex, leaf: ReleaseQuery) {
  if ('owners' in leaf) {
    // An empty list is "nobody": knex renders whereIn with no values as a false condition.
    query.whereIn(`${TABLES.releases}.owner`, leaf.owners);
  } else if ('statuses' in leaf) {
    query.whereIn(`${TABLES.releases}.status`, leaf.statuses);
  } else {
    query.whereExists(componentsMatchingEntity(db, leaf.includesEntity));
  }
}

/** Turns permission criteria (allOf, anyOf, not, rules) into nested WHERE groups. */
export function applyReleaseCriteria(
  query: Knex.QueryBuilder,
  db: Knex,
  criteria: PermissionCriteria<ReleaseQuery>,
): Knex.QueryBuilder {
  if ('allOf' in criteria) {
    for (const part of criteria.allOf) {
      query.andWhere(inner => {
        applyReleaseCriteria(inner, db, part);
      });
    }
  } else if ('anyOf' in criteria) {
    query.andWhere(outer => {
      for (const part of criteria.anyOf) {
        outer.orWhere(inner => {
          applyReleaseCriteria(inner, db, part);
        });
      }
    });
  } else if ('not' in criteria) {
    query.whereNot(inner => {
      applyReleaseCriteria(inner, db, criteria.not);
    });
  } else {
    applyLeaf(query, db, criteria);
  }
  return query;
}

/** Restricts a release query to what the caller may read. */
export function applyReadScope(
  query: Knex.QueryBuilder,
  db: Knex,
  scope: ReleaseReadScope | undefined,
): Knex.QueryBuilder {
  if (!scope || scope.kind === 'all') return query;
  if (scope.kind === 'none') return query.whereRaw('1 = 0');
  return query.andWhere(inner => {
    applyReleaseCriteria(inner, db, scope.criteria);
  });
}
