import { InputError } from '@backstage/errors';
import type { Deployment } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import type { DeploymentListRequest } from '../../DeploymentStore';
import { deploymentFromRow, type DeploymentRow } from '../../rows';
import type { ReleaseReadScope } from '../../types';
import { applyReadScope } from '../permissionCriteria';
import { TABLES } from '../tables';

const D = TABLES.deployments;

function encodeCursor(row: DeploymentRow): string {
  return Buffer.from(JSON.stringify([Number(row.started_at), row.id])).toString(
    'base64url',
  );
}

function decodeCursor(text: string): { startedAt: number; id: string } {
  try {
    const [startedAt, id] = JSON.parse(
      Buffer.from(text, 'base64url').toString('utf8'),
    );
    if (typeof startedAt === 'number' && typeof id === 'string') {
      return { startedAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError('cursor is not one this API handed out');
}

/**
 * Deployments of no release are everyone's; the others only where the caller may read the release
 * (the permission criteria become SQL over the joined release, so that pages stay full).
 */
export function applyDeploymentScope(
  query: Knex.QueryBuilder,
  db: Knex,
  scope: ReleaseReadScope | undefined,
): Knex.QueryBuilder {
  if (!scope || scope.kind === 'all') return query;
  if (scope.kind === 'some') {
    query.leftJoin(TABLES.releases, `${TABLES.releases}.id`, `${D}.release_id`);
  }
  return query.andWhere(visible =>
    visible
      .whereNull(`${D}.release_id`)
      .orWhere(readable => applyReadScope(readable, db, scope)),
  );
}

/**
 * A page of deployments, newest start first, ordered by (started_at, id) so that the order is stable
 * and a cursor resumes exactly after the last row.
 */
export async function listDeployments(
  db: Knex,
  request: DeploymentListRequest,
): Promise<{ items: Deployment[]; nextCursor?: string }> {
  const { entityRef, environment, releaseId, limit, cursor } = request;
  const query = db(D).select(`${D}.*`);
  if (entityRef) query.where(`${D}.entity_ref`, entityRef);
  if (environment) query.where(`${D}.environment`, environment);
  if (releaseId) query.where(`${D}.release_id`, releaseId);
  applyDeploymentScope(query, db, request.readScope);
  if (cursor) {
    const after = decodeCursor(cursor);
    query.andWhere(inner =>
      inner
        .where(`${D}.started_at`, '<', after.startedAt)
        .orWhere(same =>
          same
            .where(`${D}.started_at`, '=', after.startedAt)
            .andWhere(`${D}.id`, '<', after.id),
        ),
    );
  }
  const rows: DeploymentRow[] = await query
    .orderBy([
      { column: `${D}.started_at`, order: 'desc' },
      { column: `${D}.id`, order: 'desc' },
    ])
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(deploymentFromRow),
    ...(rows.length > limit && last ? { nextCursor: encodeCursor(last) } : {}),
  };
}
