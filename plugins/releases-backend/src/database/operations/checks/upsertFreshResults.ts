import type { CheckResultInput } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import type { CheckResultRow } from '../../rows';
import { isMysql } from '../dialect';
import { TABLES } from '../tables';

/** What makes a stored result the same as a reported one: all but who reported it and when. */
const RESULT_COLUMNS = [
  'status',
  'url',
  'summary',
  'version',
  'commit',
  'release_id',
] as const;

/** Ten columns a row: chunks of 50 stay under SQLite's 999 bound variables. */
const CHUNK = 50;

const keyOf = (entityRef: string, check: string) => `${entityRef} ${check}`;

/**
 * Stores the results that differ from the stored ones for their component and check, and returns
 * those: the fresh results. A result equal to the stored one is not written (its first report
 * stays the one on record).
 *
 * On PostgreSQL and SQLite this is one statement per chunk: the upsert updates only a row that
 * differs and returns the rows it wrote. MySQL has neither a WHERE on its upsert nor RETURNING, so
 * there the stored results are read first and only the fresh ones upserted.
 */
export async function upsertFreshResults(
  tx: Knex.Transaction,
  results: CheckResultInput[],
  row: (r: CheckResultInput) => CheckResultRow,
): Promise<CheckResultInput[]> {
  if (isMysql(tx)) {
    const fresh = await freshAgainstStored(tx, results);
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await tx(TABLES.checkResults)
        .insert(fresh.slice(i, i + CHUNK).map(row))
        .onConflict(['entity_ref', 'check'])
        .merge();
    }
    return fresh;
  }
  const written = new Set<string>();
  for (let i = 0; i < results.length; i += CHUNK) {
    const rows: Array<Pick<CheckResultRow, 'entity_ref' | 'check'>> = await tx(
      TABLES.checkResults,
    )
      .insert(results.slice(i, i + CHUNK).map(row))
      .onConflict(['entity_ref', 'check'])
      .merge()
      .where(differsFromExcluded(tx))
      .returning(['entity_ref', 'check']);
    rows.forEach(r => written.add(keyOf(r.entity_ref, r.check)));
  }
  return results.filter(r => written.has(keyOf(r.entityRef, r.check)));
}

/** The stored row differs from the one being inserted in any column but reporter and time. */
function differsFromExcluded(tx: Knex.Transaction): Knex.Raw {
  const table = TABLES.checkResults;
  return tx.raw(
    RESULT_COLUMNS.map(() => '??.?? IS DISTINCT FROM ??').join(' OR '),
    RESULT_COLUMNS.flatMap(column => [table, column, `excluded.${column}`]),
  );
}

async function freshAgainstStored(
  tx: Knex.Transaction,
  results: CheckResultInput[],
): Promise<CheckResultInput[]> {
  const rows: CheckResultRow[] = await tx(TABLES.checkResults).whereIn(
    'entity_ref',
    [...new Set(results.map(r => r.entityRef))],
  );
  const stored = new Map(rows.map(r => [keyOf(r.entity_ref, r.check), r]));
  return results.filter(r => {
    const s = stored.get(keyOf(r.entityRef, r.check));
    return (
      !s ||
      s.status !== r.status ||
      s.url !== (r.url ?? null) ||
      s.summary !== (r.summary ?? null) ||
      s.version !== (r.version ?? null) ||
      s.commit !== (r.commit ?? null) ||
      s.release_id !== (r.releaseId ?? null)
    );
  });
}
