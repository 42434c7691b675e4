import type { Knex } from 'knex';

/** Rows a statement may insert at once: SQLite allows at most 999 bound variables. */
const CHUNK = 50;

/**
 * Runs independent writes of one transaction. On PostgreSQL they go to the server as one statement,
 * all but the last in data-modifying WITH clauses: one round trip instead of one per write. The
 * writes must not depend on each other's effects (PostgreSQL runs the clauses on one snapshot), and
 * must touch different rows. SQLite runs in-process, where a statement costs no round trip, and
 * MySQL has no data-modifying WITH: there they run one after the other.
 */
export async function writeTogether(
  tx: Knex.Transaction,
  writes: Knex.QueryBuilder[],
): Promise<void> {
  if (writes.length > 1 && String(tx.client.config.client) === 'pg') {
    const compiled = writes.map(w => w.toSQL());
    const last = compiled[compiled.length - 1];
    const clauses = compiled
      .slice(0, -1)
      .map((c, i) => `w${i} AS (${c.sql})`)
      .join(', ');
    await tx.raw(
      `WITH ${clauses} ${last.sql}`,
      compiled.flatMap(c => c.bindings as Knex.RawBinding[]),
    );
    return;
  }
  for (const write of writes) await write;
}

/** INSERTs of at most CHUNK rows each, to hand to {@link writeTogether}. */
export function chunkedInserts(
  tx: Knex.Transaction,
  table: string,
  rows: object[],
): Knex.QueryBuilder[] {
  const inserts: Knex.QueryBuilder[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    inserts.push(tx(table).insert(rows.slice(i, i + CHUNK)));
  }
  return inserts;
}
