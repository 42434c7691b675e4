import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type {
  DeploymentListRequest,
  DeploymentStore,
  RecordDeploymentRequest,
} from './DeploymentStore';
import { currentDeployments } from './operations/deployments/currentDeployments';
import { listDeployments } from './operations/deployments/listDeployments';
import { recordDeployment } from './operations/deployments/recordDeployment';
import { releasesForDeployment } from './operations/deployments/releasesForDeployment';
import type { ReleaseChangeListener } from './ReleaseStore';
import type { ReleaseReadScope } from './types';

/** {@link DeploymentStore} on the plugin's database (migrated once at start-up, in plugin.ts). */
export class DatabaseDeploymentStore implements DeploymentStore {
  static async create(options: {
    database: DatabaseService;
    /** Told, after the transaction, which release a reported deployment changed. */
    onChanged?: ReleaseChangeListener;
  }): Promise<DatabaseDeploymentStore> {
    return new DatabaseDeploymentStore(
      await options.database.getClient(),
      options.onChanged ?? (() => {}),
    );
  }

  private constructor(
    private readonly db: Knex,
    private readonly onChanged: ReleaseChangeListener,
  ) {}

  releasesFor(entityRef: string, releaseId?: string) {
    return releasesForDeployment(this.db, entityRef, releaseId);
  }

  async recordDeployment(request: RecordDeploymentRequest) {
    const { report, changedReleaseId } = await recordDeployment(
      this.db,
      request,
    );
    if (changedReleaseId) await this.onChanged([changedReleaseId]);
    return report;
  }

  listDeployments(request: DeploymentListRequest) {
    return listDeployments(this.db, request);
  }

  currentDeployments(
    entityRef: string,
    environments: string[],
    readScope?: ReleaseReadScope,
  ) {
    return currentDeployments(this.db, entityRef, environments, readScope);
  }
}
