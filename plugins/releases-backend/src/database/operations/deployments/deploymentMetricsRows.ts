import type { DeploymentTally } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import type { DeploymentMetricsFilter } from '../../ExecutionStore';
import { applyReadScope } from '../permissionCriteria';
import { TABLES } from '../tables';

const FINISHED = ['succeeded', 'failed', 'rolled_back'];

interface TallyRow {
  entity_ref: string;
  owner_ref: string | null;
  deployments: number | string;
  failures: number | string;
  restored: number | string;
  restore_ms: number | string | null;
}

/**
 * The finish of the first succeeded production deployment of the same component after the failed
 * one of the outer query (`d`), before the period ends: one probe of the
 * (entity_ref, environment, status, finished_at) index per failure.
 */
function restoredAt(db: Knex, filter: DeploymentMetricsFilter) {
  return db(`${TABLES.deployments} as s`)
    .min('s.finished_at')
    .whereRaw('?? = ??', ['s.entity_ref', 'd.entity_ref'])
    .andWhere('s.environment', filter.environment)
    .andWhere('s.status', 'succeeded')
    .andWhereRaw('?? > ??', ['s.finished_at', 'd.finished_at'])
    .andWhere('s.finished_at', '<', filter.to);
}

/** The production deployments of the period the caller may count, each with its restore if failed. */
function finishedDeployments(db: Knex, filter: DeploymentMetricsFilter) {
  const query = db(`${TABLES.deployments} as d`)
    .where('d.environment', filter.environment)
    .whereIn('d.status', FINISHED)
    .andWhere('d.finished_at', '>=', filter.from)
    .andWhere('d.finished_at', '<', filter.to)
    .select(
      'd.entity_ref',
      'd.owner_ref',
      'd.status',
      'd.finished_at',
      db.raw(`CASE WHEN ?? <> 'succeeded' THEN ? END AS restored_at`, [
        'd.status',
        restoredAt(db, filter),
      ]),
    );
  if (filter.owner) query.andWhere('d.owner_ref', filter.owner);
  if (filter.entityRef) {
    const ref = filter.entityRef;
    // A system's components are those release plans recorded as part of it (as the release
    // metrics match a system), so no catalog call is needed.
    query.andWhere(inner =>
      inner
        .where('d.entity_ref', ref)
        .orWhereIn(
          'd.entity_ref',
          db(TABLES.components).distinct('entity_ref').where('system_ref', ref),
        ),
    );
  }
  const scope = filter.readScope;
  if (scope && scope.kind !== 'all') {
    // A deployment of a release hidden from the caller is not counted, as the release metrics do
    // not count hidden releases; one matched to no release tells of no release and counts.
    query
      .leftJoin(TABLES.releases, `${TABLES.releases}.id`, 'd.release_id')
      .andWhere(inner =>
        inner
          .whereNull('d.release_id')
          .orWhere(scoped => applyReadScope(scoped, db, scope)),
      );
  }
  return query;
}

/**
 * One tally per component and owner (at the time of the report) of the production deployments
 * finished in [from, to): one statement, its aggregate over a derived table of the period's
 * deployments (the (environment, finished_at) index).
 */
export async function deploymentTallies(
  db: Knex,
  filter: DeploymentMetricsFilter,
): Promise<DeploymentTally[]> {
  const rows: TallyRow[] = await db
    .from(finishedDeployments(db, filter).as('f'))
    .select(
      'entity_ref',
      'owner_ref',
      db.raw('COUNT(*) AS deployments'),
      db.raw(
        `SUM(CASE WHEN status <> 'succeeded' THEN 1 ELSE 0 END) AS failures`,
      ),
      db.raw('COUNT(restored_at) AS restored'),
      db.raw('SUM(restored_at - finished_at) AS restore_ms'),
    )
    .groupBy('entity_ref', 'owner_ref');
  return rows.map(row => ({
    entityRef: row.entity_ref,
    owner: row.owner_ref,
    deployments: Number(row.deployments),
    failures: Number(row.failures),
    restored: Number(row.restored),
    restoreMs: row.restore_ms === null ? 0 : Number(row.restore_ms),
  }));
}
