import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type { DeploymentMetricsFilter, ExecutionStore } from './ExecutionStore';
import { deploymentTallies } from './operations/deployments/deploymentMetricsRows';
import { deploymentsOfRelease } from './operations/deployments/deploymentsOfRelease';
import { insertClaim } from './operations/reminders/claimReminder';
import type { ReleaseReadScope } from './types';

/**
 * {@link ExecutionStore} on the plugin's database (migrated once at start-up, in plugin.ts); SQL in
 * ./operations/deployments.
 */
export class DatabaseExecutionStore implements ExecutionStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseExecutionStore> {
    return new DatabaseExecutionStore(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  releaseDeployments(releaseId: string, readScope?: ReleaseReadScope) {
    return deploymentsOfRelease(this.db, releaseId, readScope);
  }

  deploymentTallies(filter: DeploymentMetricsFilter) {
    return deploymentTallies(this.db, filter);
  }

  /**
   * Notices share the reminders' table of things sent once: its primary key (release, key, window
   * start) lets exactly one claim succeed across replicas. A notice is once per release whatever its
   * window, so its window start is 0; its keys (`execution:…`, `<status>:<deployment id>`) cannot be
   * a checklist item's id. A notice is sent by the request that claims it, and no run looks for
   * notices to send again, so its claim counts as delivered: notices go at most once.
   */
  claimNotice(releaseId: string, key: string, at: number) {
    return insertClaim(
      this.db,
      { releaseId, itemKey: key, windowStart: 0 },
      { at, delivered: true },
    );
  }
}
