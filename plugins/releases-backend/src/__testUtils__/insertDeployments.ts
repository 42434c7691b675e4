import type { DeploymentStatus } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import type { DeploymentRow } from '../database/rows';

/** A deployment row as a test states it: times in epoch ms, the rest defaulted. */
export interface DeploymentFixture {
  entityRef: string;
  status: DeploymentStatus;
  startedAt: number;
  /** Ten minutes after the start unless the deployment is still `started`. */
  finishedAt?: number | null;
  environment?: string;
  ownerRef?: string | null;
  version?: string;
  releaseId?: string | null;
  reportedBy?: string;
  url?: string | null;
}

function finishedAt(f: DeploymentFixture): number | null {
  if (f.finishedAt !== undefined) return f.finishedAt;
  return f.status === 'started' ? null : f.startedAt + 600_000;
}

/**
 * Inserts deployments straight into the table, as POST /deployments would have recorded them, so
 * that the readers of deployments are tested apart from the writer. Returns their ids in order.
 */
export async function insertDeployments(
  knex: Knex,
  fixtures: DeploymentFixture[],
): Promise<string[]> {
  const rows: DeploymentRow[] = fixtures.map(f => ({
    id: randomUUID(),
    entity_ref: f.entityRef,
    owner_ref: f.ownerRef ?? null,
    version: f.version ?? '1.0.0',
    environment: f.environment ?? 'production',
    status: f.status,
    url: f.url ?? null,
    commit: null,
    started_at: f.startedAt,
    finished_at: finishedAt(f),
    reported_by: f.reportedBy ?? 'service:github-actions',
    release_id: f.releaseId ?? null,
    updated_at: f.startedAt,
  }));
  if (rows.length) await knex('deployments').insert(rows);
  return rows.map(r => r.id);
}
