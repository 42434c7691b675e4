/*
 * The plans of the entity list's page query at one size, on a freshly seeded organisation:
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs bench/src/explainEntityList.ts sqlite 100000
 *
 * Prints the page statement the plugin sends (captured from knex) for a component and a system, and
 * its plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL), and the same for
 * the raw floor's statement.
 */
import { listReleases } from '@releasekit/plugin-releases-backend/src/database/operations/releases/listReleases';
import { createDatabase, type DatabaseKind } from './databases';
import { MEASURED_ENTITY, systemRef } from './organisation';
import { seedOrganisation } from './seed';

async function main() {
  const kind = (process.argv[2] ?? 'sqlite') as DatabaseKind;
  const size = Number(process.argv[3] ?? 100_000);
  const db = await createDatabase(kind, `${size}explain`, {
    postgresUrl:
      process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432',
  });
  const explain = async (sql: string, bindings: readonly unknown[]) => {
    const prefix =
      kind === 'postgres' ? 'EXPLAIN (ANALYZE, BUFFERS)' : 'EXPLAIN QUERY PLAN';
    const result = await db.knex.raw(
      `${prefix} ${sql.replace(/\$\d+/g, '?')}`,
      bindings as any[],
    );
    const rows: any[] = Array.isArray(result) ? result : result.rows;
    return rows
      .map(r => r['QUERY PLAN'] ?? `${r.id} ${r.parent} ${r.detail}`)
      .join('\n');
  };
  try {
    await seedOrganisation(
      db,
      size,
      Math.floor(Date.now() / 3_600_000) * 3_600_000,
      line => process.stdout.write(`${line}\n`),
    );
    const statements: Array<{ sql: string; bindings: unknown[] }> = [];
    const onQuery = (q: any) => statements.push(q);
    db.knex.on('query', onQuery);
    for (const ref of [MEASURED_ENTITY, systemRef(0)]) {
      statements.length = 0;
      const page = await listReleases(db.knex, {
        filter: { entityRef: ref },
        limit: 50,
      });
      const [first] = statements;
      process.stdout.write(
        `\n== ${kind} ${size}: list of ${ref} (${page.items.length} rows)\n${
          first.sql
        }\n${JSON.stringify(first.bindings)}\n${await explain(
          first.sql,
          first.bindings,
        )}\n`,
      );
    }
    db.knex.off('query', onQuery);
  } finally {
    await db.destroy();
  }
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
