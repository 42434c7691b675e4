import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type { ReleaseStore } from './ReleaseStore';
import { pendingActionItems } from './operations/followUp/pendingActionItems';
import { releaseMetrics } from './operations/metrics/releaseMetrics';
import { applyReleaseChange } from './operations/releases/applyReleaseChange';
import { countReleases } from './operations/releases/countReleases';
import { deleteRelease } from './operations/releases/deleteRelease';
import { getRelease } from './operations/releases/getRelease';
import { getReleaseItem } from './operations/releases/getReleaseItem';
import { insertRelease } from './operations/releases/insertRelease';
import { listActivity } from './operations/releases/listActivity';
import { listCalendarReleases } from './operations/releases/listCalendarReleases';
import { listReleases } from './operations/releases/listReleases';
import type {
  CalendarReleaseRequest,
  DeleteReleaseRequest,
  InsertReleaseRequest,
  MetricsFilter,
  ReleaseChange,
  ReleaseListRequest,
} from './types';

/**
 * The knex implementation of {@link ReleaseStore}. The SQL lives in ./operations, one operation a
 * file under its area (releases/, followUp/, metrics/); the files directly in ./operations are the
 * pieces those operations share (tables, row mapping, filters, row writers). The schema is migrated
 * once at start-up (migrations.ts), not here.
 */
export class DatabaseReleaseStore implements ReleaseStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseReleaseStore> {
    return new DatabaseReleaseStore(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  listReleases(request: ReleaseListRequest) {
    return listReleases(this.db, request);
  }

  listCalendarReleases(request: CalendarReleaseRequest) {
    return listCalendarReleases(this.db, request);
  }

  getRelease(id: string) {
    return getRelease(this.db, id);
  }

  getReleaseItem(id: string, itemId: string) {
    return getReleaseItem(this.db, id, itemId);
  }

  insertRelease(request: InsertReleaseRequest) {
    return insertRelease(this.db, request);
  }

  applyChange(change: ReleaseChange) {
    return applyReleaseChange(this.db, change);
  }

  deleteRelease(request: DeleteReleaseRequest) {
    return deleteRelease(this.db, request);
  }

  listActivity(releaseId: string, limit: number) {
    return listActivity(this.db, releaseId, limit);
  }

  pendingActionItems(templateId: string) {
    return pendingActionItems(this.db, templateId);
  }

  metrics(filter: MetricsFilter) {
    return releaseMetrics(this.db, filter);
  }

  countReleases() {
    return countReleases(this.db);
  }
}
