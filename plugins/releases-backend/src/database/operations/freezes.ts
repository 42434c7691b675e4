import { ConflictError, NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { FreezeWindow } from '@releasekit/plugin-releases-common';
import { parseJson, toIso } from '../rows';
import { TABLES } from './tables';

export interface FreezeRow {
  id: string;
  title: string;
  reason: string;
  start: number | string;
  end: number | string;
  recurrence: string | null;
  entity_refs: string;
  revision: number;
  created_by: string;
  created_at: number | string;
  updated_at: number | string;
}

export interface FreezeFields {
  title?: string;
  reason?: string;
  start?: number;
  end?: number;
  recurrence?: string | null;
  entityRefs?: string[];
}

export function freezeFromRow(row: FreezeRow): FreezeWindow {
  return {
    id: row.id,
    title: row.title,
    reason: row.reason,
    start: toIso(row.start),
    end: toIso(row.end),
    recurrence: row.recurrence,
    entityRefs: parseJson<string[]>(row.entity_refs, []),
    source: 'api',
    revision: Number(row.revision),
    createdBy: row.created_by,
  };
}

/**
 * Freezes that can have an occurrence in [from, to): one-off windows overlapping the range, and every
 * recurring one (its rule decides; the caller expands it).
 */
export async function listFreezes(
  db: Knex,
  range?: { from: number; to: number },
): Promise<FreezeWindow[]> {
  const query = db<FreezeRow>(TABLES.freezes);
  if (range) {
    query.where(inner =>
      inner
        .whereNotNull('recurrence')
        .orWhere(oneOff =>
          oneOff.where('start', '<', range.to).andWhere('end', '>', range.from),
        ),
    );
  }
  const rows = await query.orderBy([
    { column: 'start', order: 'asc' },
    { column: 'id', order: 'asc' },
  ]);
  return rows.map(freezeFromRow);
}

export async function getFreeze(
  db: Knex,
  id: string,
): Promise<FreezeWindow | undefined> {
  const row = await db<FreezeRow>(TABLES.freezes).where({ id }).first();
  return row ? freezeFromRow(row) : undefined;
}

export async function insertFreeze(
  db: Knex,
  freeze: Required<FreezeFields> & { id: string },
  actor: string,
  at: number,
): Promise<void> {
  await db<FreezeRow>(TABLES.freezes).insert({
    id: freeze.id,
    title: freeze.title,
    reason: freeze.reason,
    start: freeze.start,
    end: freeze.end,
    recurrence: freeze.recurrence,
    entity_refs: JSON.stringify(freeze.entityRefs),
    revision: 1,
    created_by: actor,
    created_at: at,
    updated_at: at,
  });
}

/** Updates a freeze if it still has the expected revision (409 otherwise, 404 when gone). */
export async function updateFreeze(
  db: Knex,
  id: string,
  expectedRevision: number,
  fields: FreezeFields,
  at: number,
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

export async function deleteFreeze(db: Knex, id: string): Promise<boolean> {
  return (await db(TABLES.freezes).where({ id }).delete()) > 0;
}
