import type { Deployment } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import { deploymentFromRow, type DeploymentRow } from '../../rows';
import type { ReleaseReadScope } from '../../types';
import { applyReadScope } from '../permissionCriteria';
import { TABLES } from '../tables';

/**
 * The latest succeeded deployment of one component in one environment: a backward walk of
 * deployments_current_idx (entity_ref, environment, status, finished_at) that stops at the first
 * row. The id breaks a tie of finish times (InnoDB keeps it in the index; PostgreSQL and SQLite sort
 * only the tied rows).
 */
function latestSucceeded(
  db: Knex,
  entityRef: string,
  environment: string,
  alias: string,
) {
  return db.select('*').from(
    db(TABLES.deployments)
      .where({ entity_ref: entityRef, environment, status: 'succeeded' })
      .orderBy([
        { column: 'finished_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(1)
      .as(alias),
  );
}

/** The ids among these releases the scope lets the caller read. */
async function readableReleaseIds(
  db: Knex,
  ids: string[],
  scope: ReleaseReadScope | undefined,
): Promise<Set<string>> {
  if (!scope || scope.kind === 'all') return new Set(ids);
  if (scope.kind === 'none' || ids.length === 0) return new Set();
  const query = db(TABLES.releases)
    .whereIn(`${TABLES.releases}.id`, ids)
    .select(`${TABLES.releases}.id`);
  const rows: Array<{ id: string }> = await applyReadScope(query, db, scope);
  return new Set(rows.map(r => r.id));
}

/**
 * What is deployed where, in one statement for all environments: one LIMIT 1 branch per environment
 * joined by UNION ALL. Each branch is wrapped in a derived table because SQLite allows no ORDER BY
 * or LIMIT on a branch of a compound SELECT; PostgreSQL and MySQL accept the same form. A
 * deployment whose release the caller may not read keeps its place but not its release: what runs
 * is a fact about the component, the release it came with is the release's to show (one more query,
 * only under a conditional read policy).
 */
export async function currentDeployments(
  db: Knex,
  entityRef: string,
  environments: string[],
  readScope?: ReleaseReadScope,
): Promise<Map<string, Deployment>> {
  if (environments.length === 0) return new Map();
  const [first, ...rest] = environments.map((environment, i) =>
    latestSucceeded(db, entityRef, environment, `e${i}`),
  );
  const rows: DeploymentRow[] = await (rest.length
    ? first.unionAll(rest)
    : first);
  const releaseIds = [
    ...new Set(rows.flatMap(r => (r.release_id ? [r.release_id] : []))),
  ];
  const readable = await readableReleaseIds(db, releaseIds, readScope);
  const current = new Map<string, Deployment>();
  for (const row of rows) {
    // Compared here too: MySQL compares strings case-insensitively, environment names are not.
    if (!environments.includes(row.environment)) continue;
    const deployment = deploymentFromRow(row);
    current.set(row.environment, {
      ...deployment,
      releaseId:
        row.release_id && readable.has(row.release_id) ? row.release_id : null,
    });
  }
  return current;
}
