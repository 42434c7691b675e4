import type { DatabaseService } from '@backstage/backend-plugin-api';
import type {
  CheckReport,
  CheckResult,
  CheckResultInput,
} from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import type {
  CheckResultStore,
  FailedCheckOfRelease,
  PendingCheck,
} from './CheckResultStore';
import {
  automatedItemsFor,
  OPEN_FOR_CHECKS,
  resultApplies,
} from './operations/checks/automatedItems';
import { failedChecks } from './operations/checks/failedChecks';
import {
  recordCheckResults,
  type RecordCheckResultsRequest,
} from './operations/checks/recordCheckResults';
import { TABLES } from './operations/tables';
import type { ReleaseChangeListener } from './ReleaseStore';
import { checkResultFromRow, type CheckResultRow } from './rows';

/** {@link CheckResultStore} on the plugin's database (migrated once at start-up, in plugin.ts). */
export class DatabaseCheckResultStore implements CheckResultStore {
  static async create(options: {
    database: DatabaseService;
    /** Told, after the transaction, which releases results changed. */
    onChanged?: ReleaseChangeListener;
  }): Promise<DatabaseCheckResultStore> {
    return new DatabaseCheckResultStore(
      await options.database.getClient(),
      options.onChanged ?? (() => {}),
    );
  }

  private constructor(
    private readonly db: Knex,
    private readonly onChanged: ReleaseChangeListener,
  ) {}

  async recordResults(
    request: RecordCheckResultsRequest,
  ): Promise<CheckReport> {
    const { report, changedReleaseIds } = await recordCheckResults(
      this.db,
      request,
    );
    if (changedReleaseIds.length) await this.onChanged(changedReleaseIds);
    return report;
  }

  async awaitingItems(results: CheckResultInput[]) {
    const items = await automatedItemsFor(this.db, results);
    return items
      .filter(item => results.some(r => resultApplies(r, item)))
      .map(item => ({ releaseId: item.release_id, itemId: item.id }));
  }

  async listResults(entityRef: string): Promise<CheckResult[]> {
    const rows: CheckResultRow[] = await this.db(TABLES.checkResults)
      .where({ entity_ref: entityRef })
      .orderBy('check');
    return rows.map(checkResultFromRow);
  }

  async pendingChecks(releaseId?: string): Promise<PendingCheck[]> {
    const query = this.db(`${TABLES.items} as i`)
      .join(`${TABLES.releases} as r`, 'r.id', 'i.release_id')
      .whereIn('r.status', OPEN_FOR_CHECKS)
      .whereNotNull('i.check')
      .whereNotNull('i.component_ref')
      .distinct(
        'i.release_id as releaseId',
        'i.component_ref as entityRef',
        'i.check as check',
      )
      .orderBy(['i.release_id', 'i.component_ref', 'i.check']);
    if (releaseId) query.where('i.release_id', releaseId);
    return query;
  }

  async failedChecks(releaseIds: string[]): Promise<FailedCheckOfRelease[]> {
    return failedChecks(this.db, releaseIds);
  }
}
