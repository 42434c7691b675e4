import type { Knex } from 'knex';
import type { FreezeWindow } from '@releasekit/plugin-releases-common';
import { TABLES } from '../tables';
import { type FreezeRow, freezeFromRow } from './freezeRows';

export async function getFreeze(
  db: Knex,
  id: string,
): Promise<FreezeWindow | undefined> {
  const row = await db<FreezeRow>(TABLES.freezes).where({ id }).first();
  return row ? freezeFromRow(row) : undefined;
}
