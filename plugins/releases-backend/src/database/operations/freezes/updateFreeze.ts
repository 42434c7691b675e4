import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { FreezeUpdateRequest } from '../../FreezeStore';
import { TABLES } from '../tables';
import type { FreezeRow } from './freezeRows';
import { getFreeze } from './getFreeze';

/** Updates a freeze if it still has the expected revision (409 otherwise, 404 when gone). */
export async function updateFreeze(
  db: Knex,
  { id, expectedRevision, fields, at }: FreezeUpdateRequest,
): Promise<void> {
  const columns: Partial<FreezeRow> = { updated_at: at };
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.reason !== undefined) columns.reason = fields.reason;
  if (fields.start !== undefined) columns.start = fields.start;
  if (fields.end !== undefined) columns.end = fields.end;
  if (fields.recurrence !== undefined) columns.recurrence = fields.recurrence;
  if (fields.entityRefs !== undefined)
    columns.entity_refs = JSON.stringify(fields.entityRefs);
  const updated = await db<FreezeRow>(TABLES.freezes)
    .where({ id, revision: expectedRevision })
    .update({
      ...columns,
      revision: db.raw('revision + 1') as unknown as number,
    });
  if (updated === 0) {
    const current = await getFreeze(db, id);
    if (!current) throw new NotFoundError(`No freeze window with id ${id}`);
    throw new ConflictError(
      `Freeze window ${id} was changed by someone else: you sent revision ${expectedRevision}, it is now at revision ${current.revision}`,
    );
  }
}
