import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import type {
  FreezeStore,
  FreezeUpdateRequest,
  NewFreeze,
} from './FreezeStore';
import { deleteFreeze } from './operations/freezes/deleteFreeze';
import { getFreeze } from './operations/freezes/getFreeze';
import { insertFreeze } from './operations/freezes/insertFreeze';
import { listFreezes } from './operations/freezes/listFreezes';
import { updateFreeze } from './operations/freezes/updateFreeze';

/** The knex implementation of {@link FreezeStore}; SQL in ./operations/freezes. */
export class DatabaseFreezeStore implements FreezeStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseFreezeStore> {
    return new DatabaseFreezeStore(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  list(range?: { from: number; to: number }) {
    return listFreezes(this.db, range);
  }

  get(id: string) {
    return getFreeze(this.db, id);
  }

  insert(freeze: NewFreeze, actor: string, at: number) {
    return insertFreeze(this.db, freeze, actor, at);
  }

  update(request: FreezeUpdateRequest) {
    return updateFreeze(this.db, request);
  }

  delete(id: string) {
    return deleteFreeze(this.db, id);
  }
}
