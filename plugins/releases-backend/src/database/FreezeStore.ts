import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { FreezeWindow } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import { migrateReleasesDatabase } from './DatabaseReleaseStore';
import {
  deleteFreeze,
  type FreezeFields,
  getFreeze,
  insertFreeze,
  listFreezes,
  updateFreeze,
} from './operations/freezes';

/** Persistence of freeze windows declared through the API. */
export class DatabaseFreezeStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseFreezeStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await migrateReleasesDatabase(client);
    }
    return new DatabaseFreezeStore(client);
  }

  private constructor(private readonly db: Knex) {}

  list(range?: { from: number; to: number }): Promise<FreezeWindow[]> {
    return listFreezes(this.db, range);
  }

  get(id: string): Promise<FreezeWindow | undefined> {
    return getFreeze(this.db, id);
  }

  insert(
    freeze: Required<FreezeFields> & { id: string },
    actor: string,
    at: number,
  ) {
    return insertFreeze(this.db, freeze, actor, at);
  }

  update(
    id: string,
    expectedRevision: number,
    fields: FreezeFields,
    at: number,
  ) {
    return updateFreeze(this.db, id, expectedRevision, fields, at);
  }

  delete(id: string): Promise<boolean> {
    return deleteFreeze(this.db, id);
  }
}
