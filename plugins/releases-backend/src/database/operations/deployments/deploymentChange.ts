import { InputError } from '@backstage/errors';
import { randomUUID } from 'node:crypto';
import type { RecordDeploymentRequest } from '../../DeploymentStore';
import type { DeploymentRow } from '../../rows';

/** What a report does to the stored deployments. */
export type DeploymentChange =
  | { kind: 'unchanged'; row: DeploymentRow }
  | { kind: 'update'; before: DeploymentRow; row: DeploymentRow }
  | { kind: 'insert'; row: DeploymentRow };

const same = <T>(given: T | undefined, stored: T) =>
  given === undefined || given === stored;

const storedMs = (value: number | string | null) =>
  value === null ? null : Number(value);

/**
 * A report equal to the stored deployment in everything it says: what it leaves out (times that
 * default to the report's own, the url, the commit, an unnamed release) cannot differ.
 */
function isRepeat(row: DeploymentRow, r: RecordDeploymentRequest): boolean {
  return (
    row.status === r.status &&
    same(r.url, row.url) &&
    same(r.commit, row.commit) &&
    same(r.startedAt, storedMs(row.started_at)) &&
    same(r.finishedAt, storedMs(row.finished_at)) &&
    (!r.releaseNamed || r.releaseId === row.release_id)
  );
}

/** A run that is under way finishes (or reports again); a success may later be rolled back. */
function continues(row: DeploymentRow, r: RecordDeploymentRequest): boolean {
  return (
    row.status === 'started' ||
    (row.status === 'succeeded' && r.status === 'rolled_back')
  );
}

function assertOrdered(row: DeploymentRow): DeploymentRow {
  const started = Number(row.started_at);
  const finished = storedMs(row.finished_at);
  if (finished !== null && finished < started) {
    throw new InputError(
      `finishedAt: ${new Date(
        finished,
      ).toISOString()} is before the deployment started (${new Date(
        started,
      ).toISOString()})`,
    );
  }
  return row;
}

/**
 * Decides what a report does, given the latest stored deployment of the same component,
 * environment and version (the rule of POST /deployments in the spec): nothing when it repeats it,
 * an update when it finishes a started one or rolls back a success, a new deployment otherwise.
 * Times a report leaves out default to the report's own time (a finish reported alone started when
 * it finished). An update keeps the stored release unless the report matched one.
 */
export function deploymentChange(
  latest: DeploymentRow | undefined,
  r: RecordDeploymentRequest,
): DeploymentChange {
  const finishedAt = r.status === 'started' ? null : r.finishedAt ?? r.at;
  if (latest && isRepeat(latest, r)) {
    return { kind: 'unchanged', row: latest };
  }
  if (latest && continues(latest, r)) {
    return {
      kind: 'update',
      before: latest,
      row: assertOrdered({
        ...latest,
        owner_ref: r.ownerRef ?? latest.owner_ref,
        status: r.status,
        url: r.url ?? latest.url,
        commit: r.commit ?? latest.commit,
        started_at: r.startedAt ?? latest.started_at,
        finished_at: finishedAt,
        reported_by: r.reportedBy,
        release_id: r.releaseId ?? latest.release_id,
        updated_at: r.at,
      }),
    };
  }
  return {
    kind: 'insert',
    row: assertOrdered({
      id: randomUUID(),
      entity_ref: r.entityRef,
      owner_ref: r.ownerRef,
      version: r.version,
      environment: r.environment,
      status: r.status,
      url: r.url ?? null,
      commit: r.commit ?? null,
      started_at: r.startedAt ?? finishedAt ?? r.at,
      finished_at: finishedAt,
      reported_by: r.reportedBy,
      release_id: r.releaseId,
      updated_at: r.at,
    }),
  };
}
