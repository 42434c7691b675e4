import type { DeploymentReport } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import type { RecordDeploymentRequest } from '../../DeploymentStore';
import {
  type ActivityRow,
  deploymentFromRow,
  type DeploymentRow,
} from '../../rows';
import { TABLES } from '../tables';
import { type DeploymentChange, deploymentChange } from './deploymentChange';

/** Runs of one version a pipeline may have retried; more than enough to find the latest. */
const RECENT_RUNS = 20;

/** "payments-api 2.4.0 succeeded in production", for the release's timeline. */
function summaryOf(row: DeploymentRow): string {
  const name = row.entity_ref.slice(row.entity_ref.lastIndexOf('/') + 1);
  const what =
    row.status === 'started'
      ? 'deploying to'
      : `${row.status.replace('_', ' ')} in`;
  return `${name} ${row.version} ${what} ${row.environment}`.slice(0, 500);
}

function activityRow(
  change: Exclude<DeploymentChange, { kind: 'unchanged' }>,
  releaseId: string,
): Omit<ActivityRow, 'id'> {
  const { row } = change;
  return {
    release_id: releaseId,
    action: 'deployment.reported',
    actor: row.reported_by,
    at: row.updated_at as number,
    summary: summaryOf(row),
    before:
      change.kind === 'update'
        ? JSON.stringify({ status: change.before.status })
        : null,
    after: JSON.stringify({
      deploymentId: row.id,
      entityRef: row.entity_ref,
      version: row.version,
      environment: row.environment,
      status: row.status,
      ...(row.url ? { url: row.url } : {}),
    }),
  };
}

/**
 * Records one report in one transaction (see deploymentChange.ts for what it does): the latest
 * deployment of the same component, environment and version read, then at most one write of the
 * deployment and one activity entry on its release. The release's revision is not bumped: a
 * deployment is not an edit of the plan, and bumping it would make editors' next saves stale.
 */
export async function recordDeployment(
  db: Knex,
  request: RecordDeploymentRequest,
): Promise<{ report: DeploymentReport; changedReleaseId: string | null }> {
  return db.transaction(async tx => {
    const recent: DeploymentRow[] = await tx(TABLES.deployments)
      .where({
        entity_ref: request.entityRef,
        environment: request.environment,
        version: request.version,
      })
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(RECENT_RUNS);
    // Compared here too: MySQL compares strings case-insensitively, versions are not.
    const latest = recent.find(
      row =>
        row.version === request.version &&
        row.environment === request.environment,
    );
    const change = deploymentChange(latest, request);
    if (change.kind === 'insert') {
      await tx(TABLES.deployments).insert(change.row);
    } else if (change.kind === 'update') {
      const { id, ...fields } = change.row;
      await tx(TABLES.deployments).where({ id }).update(fields);
    }
    const releaseId =
      change.kind === 'unchanged' ? null : change.row.release_id;
    if (change.kind !== 'unchanged' && releaseId) {
      await tx(TABLES.activity).insert(activityRow(change, releaseId));
    }
    return {
      report: {
        deployment: deploymentFromRow(change.row),
        created: change.kind === 'insert',
        changed: change.kind !== 'unchanged',
      },
      changedReleaseId: releaseId,
    };
  });
}
