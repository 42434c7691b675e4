import type { Knex } from 'knex';
import { isPostgres } from './dialect';

/** Rows a statement may insert at once: SQLite allows at most 999 bound variables. */
const CHUNK = 50;

/** Whether {@link writeTogether} sends its writes as one statement on this database. */
export const writesTogether = isPostgres;

/**
 * The writes as data-modifying WITH clauses w0, w1, … (each RETURNING 1, so that a SELECT can count
 * the rows it wrote), with their bindings in order.
 */
function withClauses(writes: Array<{ write: Knex.QueryBuilder }>) {
  const compiled = writes.map(({ write }) => write.toSQL());
  return {
    sql: `WITH ${compiled
      .map((c, i) => `w${i} AS (${c.sql} RETURNING 1)`)
      .join(', ')}`,
    bindings: compiled.flatMap(c => c.bindings as Knex.RawBinding[]),
  };
}

/**
 * Runs independent writes of one transaction and returns how many rows each wrote. On PostgreSQL
 * they go to the server as one statement, each in a data-modifying WITH clause: one round trip
 * instead of one per write. The writes must not depend on each other's effects (PostgreSQL runs the
 * clauses on one snapshot), must touch different rows and must have no RETURNING of their own.
 * SQLite runs in-process, where a statement costs no round trip, and MySQL has no data-modifying
 * WITH: there they run one after the other (and an INSERT's count is its number of rows).
 */
export async function writeTogether(
  tx: Knex.Transaction,
  writes: Array<{ write: Knex.QueryBuilder; rows?: number }>,
): Promise<number[]> {
  if (writes.length > 1 && writesTogether(tx)) {
    const { sql, bindings } = withClauses(writes);
    const counts = writes.map(
      (_, i) => `(SELECT COUNT(*) FROM w${i}) AS c${i}`,
    );
    const { rows } = await tx.raw(
      `${sql} SELECT ${counts.join(', ')}`,
      bindings,
    );
    return writes.map((_, i) => Number(rows[0][`c${i}`]));
  }
  const written: number[] = [];
  for (const { write, rows } of writes) {
    const result = await write;
    written.push(typeof result === 'number' ? result : rows ?? 0);
  }
  return written;
}

/** The marker of a statement {@link writeAllOrNothing} refused. */
const REFUSED = 'releases: write refused';

/**
 * PostgreSQL only: runs writes as one statement outside any transaction, kept whole or not at all.
 * Each write with an `expect`ed row count must write exactly that many rows; otherwise the
 * statement fails on purpose (its final SELECT casts a text to integer) and PostgreSQL rolls every
 * clause back, as it does for any failed statement. One round trip, where BEGIN, the writes and
 * COMMIT would take three: a single statement is atomic without a transaction around it.
 * Resolves to false when refused; the caller reads what is there to say why.
 */
export async function writeAllOrNothing(
  db: Knex,
  writes: Array<{ write: Knex.QueryBuilder; expect?: number }>,
): Promise<boolean> {
  const { sql, bindings } = withClauses(writes);
  const checks = writes.flatMap(({ expect }, i) =>
    expect === undefined ? [] : [`(SELECT COUNT(*) FROM w${i}) = ${expect}`],
  );
  // The refusal names the counts, so that a log shows which write came short.
  const counts = writes
    .map((_, i) => `(SELECT COUNT(*) FROM w${i})::text`)
    .join(` || ',' || `);
  try {
    await db.raw(
      `${sql}
       SELECT CAST(CASE WHEN ${checks.join(' AND ') || 'TRUE'} THEN '1'
                   ELSE '${REFUSED}: ' || ${counts} END AS integer) AS written`,
      bindings,
    );
    return true;
  } catch (error) {
    if (String((error as Error).message).includes(REFUSED)) return false;
    throw error;
  }
}

/** INSERTs of at most CHUNK rows each, to hand to {@link writeTogether}. */
export function chunkedInserts(
  tx: Knex,
  table: string,
  rows: object[],
): Array<{ write: Knex.QueryBuilder; rows: number }> {
  const inserts: Array<{ write: Knex.QueryBuilder; rows: number }> = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    inserts.push({ write: tx(table).insert(chunk), rows: chunk.length });
  }
  return inserts;
}
