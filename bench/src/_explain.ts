// Throwaway: capture the SQL of each endpoint call and EXPLAIN it.
import { startBackend } from './backend';
import { createDatabase } from './databases';
import { seedOrganisation } from './seed';
import { catalogEntities, MEASURED_ENTITY } from './organisation';
import { upcomingMonth } from './operations';
async function main() {
  const kind = process.argv[2] as any;
  const size = Number(process.argv[3]);
  const now = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const db = await createDatabase(kind, 'x', {
    postgresUrl: 'postgresql://postgres@127.0.0.1:5432',
  });
  try {
    await seedOrganisation(db, size, now, console.log);
    const backend = await startBackend(db.knex, catalogEntities() as any);
    const captured: any[] = [];
    db.knex.on('query', (q: any) => captured.push(q));
    const m = upcomingMonth(now);
    const paths: Record<string, string> = {
      calendar: `/calendar?from=${new Date(m.from).toISOString()}&to=${new Date(
        m.to,
      ).toISOString()}`,
      entity: `/releases?entityRef=${encodeURIComponent(MEASURED_ENTITY)}`,
      metrics: `/metrics?from=${new Date(
        now - 365 * 86400000,
      ).toISOString()}&to=${new Date(now).toISOString()}`,
    };
    const only = process.argv[4]?.split(',');
    for (const [name, path] of Object.entries(paths)) {
      if (only && !only.includes(name)) continue;
      captured.length = 0;
      const res = await fetch(`${backend.baseUrl}${path}`, {
        headers: { authorization: backend.authorization },
      });
      await res.text();
      const qs = [...captured];
      console.log(`\n=== ${name}: ${qs.length} statements`);
      for (const q of qs) {
        const sql = q.sql as string;
        if (!/^\s*select|^\s*with/i.test(sql)) continue;
        const bindings = q.bindings ?? [];
        console.log(
          '--',
          sql.slice(0, 600),
          bindings.length > 8
            ? `[${bindings.length} bindings]`
            : JSON.stringify(bindings),
        );
        const explain =
          kind === 'postgres'
            ? `EXPLAIN (ANALYZE, BUFFERS) ${sql}`
            : `EXPLAIN QUERY PLAN ${sql}`;
        const t0 = performance.now();
        const out = await db.knex.raw(explain.replace(/\$\d+/g, '?'), bindings);
        const rows = Array.isArray(out) ? out : out.rows;
        console.log(
          rows
            .map(
              (r: any) => r['QUERY PLAN'] ?? `${r.id}/${r.parent} ${r.detail}`,
            )
            .join('\n')
            .slice(0, 2500),
        );
        console.log(`(${(performance.now() - t0).toFixed(1)} ms)`);
      }
    }
    if (!only || only.includes('rawentity')) {
      for (const sql of [
        `SELECT * FROM releases WHERE id IN (SELECT release_id FROM release_components WHERE entity_ref = ? OR system_ref = ?) ORDER BY window_start DESC, id DESC LIMIT 51`,
        `SELECT r.* FROM releases r JOIN (SELECT DISTINCT release_id FROM release_components WHERE entity_ref = ? OR system_ref = ?) c ON c.release_id = r.id ORDER BY r.window_start DESC, r.id DESC LIMIT 51`,
        `SELECT * FROM releases WHERE id IN (SELECT release_id FROM release_components WHERE entity_ref = ? UNION SELECT release_id FROM release_components WHERE system_ref = ?) ORDER BY window_start DESC, id DESC LIMIT 51`,
      ]) {
        const explain =
          kind === 'postgres'
            ? `EXPLAIN (ANALYZE, BUFFERS) ${sql}`
            : `EXPLAIN QUERY PLAN ${sql}`;
        const t0 = performance.now();
        const out = await db.knex.raw(explain, [
          MEASURED_ENTITY,
          MEASURED_ENTITY,
        ]);
        const rows = Array.isArray(out) ? out : out.rows;
        console.log('-- RAW', sql.slice(0, 200));
        console.log(
          rows
            .map(
              (r: any) => r['QUERY PLAN'] ?? `${r.id}/${r.parent} ${r.detail}`,
            )
            .join('\n')
            .slice(0, 2500),
        );
        console.log(`(${(performance.now() - t0).toFixed(1)} ms)`);
      }
    }
    await backend.stop();
  } finally {
    await db.destroy();
  }
}
main().catch(e => {
  console.error(String(e.stack).slice(0, 1500));
  process.exit(1);
});
