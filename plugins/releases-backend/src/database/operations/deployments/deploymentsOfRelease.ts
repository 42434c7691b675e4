import type { Knex } from 'knex';
import {
  type DeploymentRow,
  deploymentFromRow,
  type ReleaseRow,
} from '../../rows';
import type { ReleaseReadScope } from '../../types';
import type { ReleaseDeployments } from '../../ExecutionStore';
import { componentRowsOf } from '../componentRows';
import { releaseFromRow } from '../mapRelease';
import { applyReadScope } from '../permissionCriteria';
import { TABLES } from '../tables';

/**
 * A release with its components, when it exists and is in the read scope, and all its deployments:
 * three queries run together whatever the size of the release or of the deployments table. The
 * deployments come from the (release_id, entity_ref) index, unsorted: the runbook orders them per
 * component (computeExecution).
 */
export async function deploymentsOfRelease(
  db: Knex,
  id: string,
  readScope: ReleaseReadScope | undefined,
): Promise<ReleaseDeployments | undefined> {
  const releaseQuery = db<ReleaseRow>(TABLES.releases).where(
    `${TABLES.releases}.id`,
    id,
  );
  applyReadScope(releaseQuery, db, readScope);
  const [row, components, deployments] = await Promise.all([
    releaseQuery.first(),
    componentRowsOf(db, [id]),
    db<DeploymentRow>(TABLES.deployments).where({ release_id: id }),
  ]);
  if (!row) return undefined;
  return {
    release: releaseFromRow(row as ReleaseRow, components),
    deployments: deployments.map(deploymentFromRow),
  };
}
