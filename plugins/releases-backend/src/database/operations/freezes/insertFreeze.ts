import type { Knex } from 'knex';
import type { NewFreeze } from '../../FreezeStore';
import { TABLES } from '../tables';
import type { FreezeRow } from './freezeRows';

export async function insertFreeze(
  db: Knex,
  freeze: NewFreeze,
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
