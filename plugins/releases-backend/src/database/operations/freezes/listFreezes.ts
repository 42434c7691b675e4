import type { Knex } from 'knex';
import type { FreezeWindow } from '@releasekit/plugin-releases-common';
import { TABLES } from '../tables';
import { type FreezeRow, freezeFromRow } from './freezeRows';

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
