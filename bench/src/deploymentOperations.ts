import type { Knex } from 'knex';
import { DEFAULT_ENVIRONMENTS } from '@releasekit/plugin-releases-backend/src/service/environments';
import type { RunningBackend } from './backend';
import type { Operation } from './measure';
import { MEASURED_ENTITY } from './organisation';
import type { SeedResult } from './seed';

/** Rows of a raw query, whatever the driver's shape. */
function rowsOf(result: any): any[] {
  return Array.isArray(result) ? result : result.rows;
}

/** The bench backend configures no environments: the plugin's defaults apply. */
const ENVIRONMENTS = DEFAULT_ENVIRONMENTS.map(e => e.name);

/**
 * Issue 17's two reads: what is deployed where for a busy component, and the runbook of the
 * 50-component release. Each raw floor reads the same rows by hand on the same indexes.
 */
export function deploymentOperations(options: {
  knex: Knex;
  backend: RunningBackend;
  seed: SeedResult;
}): Operation[] {
  const { knex, backend, seed } = options;

  const current: Operation = {
    key: 'currentDeployments',
    label: `GET /deployments/current?entityRef=${MEASURED_ENTITY}`,
    rawQueries: 1,
    note: `raw: the latest succeeded deployment per environment (${ENVIRONMENTS.join(
      ', ',
    )}), one LIMIT 1 walk of deployments_current_idx each, in one UNION ALL; rows: environments with a deployment`,
    async endpoint() {
      const answer = await backend.client.call(
        `/deployments/current?entityRef=${encodeURIComponent(MEASURED_ENTITY)}`,
      );
      return () =>
        answer
          .json()
          .environments.filter((e: { deployment: unknown }) => e.deployment)
          .length;
    },
    async raw() {
      // Each branch in a derived table: SQLite allows no ORDER BY or LIMIT on a compound's branch.
      const branch = (i: number) =>
        `SELECT * FROM (SELECT * FROM deployments
            WHERE entity_ref = ? AND environment = ? AND status = 'succeeded'
            ORDER BY finished_at DESC, id DESC LIMIT 1) e${i}`;
      const rows = rowsOf(
        await knex.raw(
          ENVIRONMENTS.map((_, i) => branch(i)).join(' UNION ALL '),
          ENVIRONMENTS.flatMap(environment => [MEASURED_ENTITY, environment]),
        ),
      );
      return rows.length;
    },
  };

  const execution: Operation = {
    key: 'execution',
    label: 'GET /releases/{id}/execution, the release of 50 components',
    rawQueries: 3,
    note: "raw: the release row, its components and its deployments (by release_id), run together as the plugin's are; rows: deployments",
    async endpoint() {
      const answer = await backend.client.call(
        `/releases/${seed.bigReleaseId}/execution`,
      );
      return () => {
        const steps: Array<{ deployments: unknown[] }> = answer.json().steps;
        if (steps.length !== 50) {
          throw new Error(
            'The runbook of the 50-component release has not 50 steps',
          );
        }
        return steps.reduce((n, s) => n + s.deployments.length, 0);
      };
    },
    async raw() {
      const id = seed.bigReleaseId;
      const [, , deployments] = await Promise.all([
        knex.raw('SELECT * FROM releases WHERE id = ?', [id]),
        knex.raw(
          'SELECT * FROM release_components WHERE release_id = ? ORDER BY position',
          [id],
        ),
        knex.raw('SELECT * FROM deployments WHERE release_id = ?', [id]),
      ]);
      return rowsOf(deployments).length;
    },
  };

  return [current, execution];
}
