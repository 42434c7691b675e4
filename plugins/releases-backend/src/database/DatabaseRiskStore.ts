import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import { changeFailures } from './operations/risk/changeFailures';
import { releasesToRefresh } from './operations/risk/releasesToRefresh';
import { saveRisk } from './operations/risk/saveRisk';
import type { RiskSnapshot, RiskStore } from './RiskStore';

/** The knex implementation of {@link RiskStore}; SQL in ./operations/risk. */
export class DatabaseRiskStore implements RiskStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseRiskStore> {
    return new DatabaseRiskStore(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  saveRisk(snapshot: RiskSnapshot) {
    return saveRisk(this.db, snapshot);
  }

  changeFailures(releaseIds: string[], lookBackMs: number) {
    return changeFailures(this.db, releaseIds, lookBackMs);
  }

  releasesToRefresh(request: { after?: string; limit: number }) {
    return releasesToRefresh(this.db, request);
  }
}
