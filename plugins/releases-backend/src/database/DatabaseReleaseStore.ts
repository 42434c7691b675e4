import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type { ReleaseStore } from './ReleaseStore';
import { applyReleaseChange } from './operations/applyReleaseChange';
import { deleteRelease } from './operations/deleteRelease';
import { getRelease, getReleaseItem } from './operations/getRelease';
import { insertRelease } from './operations/insertRelease';
import { listActivity } from './operations/listActivity';
import { pendingActionItems } from './operations/followUp';
import { listCalendarReleases, listReleases } from './operations/listReleases';
import { type MetricsFilter, releaseMetrics } from './operations/metrics';
import { TABLES } from './operations/tables';
import type {
  ActivityInput,
  CalendarReleaseRequest,
  NewRelease,
  ReleaseChange,
  ReleaseListRequest,
} from './types';

const migrationsDir = resolvePackagePath(
  '@releasekit/plugin-releases-backend',
  'migrations',
);

/** Runs the plugin's migrations; exported for the migration tests. */
export async function migrateReleasesDatabase(client: Knex): Promise<void> {
  await client.migrate.latest({ directory: migrationsDir });
}

/** The knex implementation of {@link ReleaseStore}; SQL lives in ./operations, one operation a file. */
export class DatabaseReleaseStore implements ReleaseStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseReleaseStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await migrateReleasesDatabase(client);
    }
    return new DatabaseReleaseStore(client);
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

  insertRelease(
    release: NewRelease,
    actor: string,
    at: number,
    activity: ActivityInput[],
  ) {
    return insertRelease(this.db, release, actor, at, activity);
  }

  applyChange(change: ReleaseChange) {
    return applyReleaseChange(this.db, change);
  }

  deleteRelease(
    id: string,
    onlyStatus: string,
    actor: string,
    at: number,
    activity: ActivityInput[],
  ) {
    return deleteRelease(this.db, id, onlyStatus, actor, at, activity);
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

  async countReleases(): Promise<number> {
    const row = await this.db(TABLES.releases).count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }
}
