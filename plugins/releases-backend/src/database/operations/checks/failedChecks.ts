import type { Knex } from 'knex';
import type { FailedCheckOfRelease } from '../../CheckResultStore';
import { TABLES } from '../tables';
import { OPEN_FOR_CHECKS } from './automatedItems';

/**
 * The open automated items of these releases whose latest applicable result failed, in one query.
 * A result applies to an item of its component and check unless it names another release or
 * version (the same rule as resultApplies, in SQL). Items a person settled despite the failure
 * (done or not applicable, with a note) are not counted: the override is recorded on the item;
 * nor are those of finished releases, which results no longer settle.
 */
export async function failedChecks(
  db: Knex,
  releaseIds: string[],
): Promise<FailedCheckOfRelease[]> {
  if (releaseIds.length === 0) return [];
  const rows = await db(`${TABLES.items} as i`)
    .join(`${TABLES.releases} as r`, 'r.id', 'i.release_id')
    .join(`${TABLES.checkResults} as c`, join =>
      join
        .on('c.entity_ref', '=', 'i.component_ref')
        .andOn('c.check', '=', 'i.check'),
    )
    .whereIn('i.release_id', releaseIds)
    // As for settling: results speak to releases not yet finished, not to history.
    .whereIn('r.status', OPEN_FOR_CHECKS)
    .where('i.state', 'open')
    .where('c.status', 'failed')
    .where(q =>
      q
        .whereNull('c.release_id')
        .orWhereRaw('?? = ??', ['c.release_id', 'i.release_id']),
    )
    .where(q =>
      q
        .whereNull('c.version')
        .orWhereRaw('?? = ??', ['c.version', 'r.version']),
    )
    .select(
      'i.release_id as releaseId',
      'i.id as itemId',
      'i.component_ref as entityRef',
      'i.check as check',
      'i.required as required',
      'c.summary as summary',
      'c.url as url',
    )
    .orderBy(['i.release_id', 'i.component_ref', 'i.check', 'i.id']);
  return rows.map(row => ({
    releaseId: row.releaseId,
    itemId: row.itemId,
    entityRef: row.entityRef,
    check: row.check,
    // SQLite and MySQL answer booleans as 0/1.
    required: Boolean(row.required),
    summary: row.summary ?? null,
    url: row.url ?? null,
  }));
}
