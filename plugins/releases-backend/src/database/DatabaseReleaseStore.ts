import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type { ReleaseChangeListener, ReleaseStore } from './ReleaseStore';
import { pendingActionItems } from './operations/followUp/pendingActionItems';
import { releaseMetrics } from './operations/metrics/releaseMetrics';
import { applyReleaseChange } from './operations/releases/applyReleaseChange';
import { countReleases } from './operations/releases/countReleases';
import { deleteRelease } from './operations/releases/deleteRelease';
import { getRelease } from './operations/releases/getRelease';
import { getReleaseItem } from './operations/releases/getReleaseItem';
import { getReleaseItems } from './operations/releases/getReleaseItems';
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
    /** Told, after the transaction, which release a creation, a change or a deletion touched. */
    onChanged?: ReleaseChangeListener;
  }): Promise<DatabaseReleaseStore> {
    return new DatabaseReleaseStore(
      await options.database.getClient(),
      options.onChanged ?? (() => {}),
    );
  }

  private constructor(
    private readonly db: Knex,
    private readonly onChanged: ReleaseChangeListener,
  ) {}

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

  getReleaseItems(pairs: Array<{ releaseId: string; itemId: string }>) {
    return getReleaseItems(this.db, pairs);
  }

  async insertRelease(request: InsertReleaseRequest) {
    await insertRelease(this.db, request);
    await this.onChanged([request.release.id]);
  }

  async applyChange(change: ReleaseChange) {
    const revision = await applyReleaseChange(this.db, change);
    await this.onChanged([change.releaseId]);
    return revision;
  }

  async deleteRelease(request: DeleteReleaseRequest) {
    const deleted = await deleteRelease(this.db, request);
    if (deleted) await this.onChanged([request.id]);
    return deleted;
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
