import { deploymentSection } from './deploymentSection';
import {
  counts,
  DATABASE_NAMES,
  endpointRatio,
  find,
  kib,
  met,
  ms,
  ratio,
  runOf,
  type RunReport,
  type SizeRun,
} from './runReport';
import { verdicts } from './verdicts';

export type { RunReport, SizeRun } from './runReport';

function table(run: SizeRun): string[] {
  const lines = [
    '| operation | p50 ms | p95 ms | raw p50 ms | ratio | SQL queries/call | catalog requests/call | catalog wait p50 ms | rows | samples | SQL in flight p50 ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const op of run.operations) {
    lines.push(
      `| ${op.label}${op.note ? ` <br><sub>${op.note}</sub>` : ''} | ${ms(
        op.endpoint.p50,
      )} | ${ms(op.endpoint.p95)} | ${ms(op.raw.p50)} | ${ratio(
        endpointRatio(op),
      )} | ${counts(op.queriesPerCall)} | ${counts(
        op.catalogRequestsPerCall,
      )} | ${op.endpointCatalog ? ms(op.endpointCatalog.p50) : '–'} | ${
        op.rows
      } | ${op.endpoint.n} | ${ms(op.endpointSql.p50)} |`,
    );
  }
  return lines;
}

function growthTable(report: RunReport): string[] {
  const databases = [...new Set(report.runs.map(r => r.database))].filter(
    d =>
      find(runOf(report, d, 10_000), 'calendar') &&
      find(runOf(report, d, 100_000), 'calendar'),
  );
  if (!databases.length) return [];
  const lines = [
    `| operation | ${databases
      .map(d => `${DATABASE_NAMES[d]} endpoint | ${DATABASE_NAMES[d]} raw SQL`)
      .join(' | ')} |`,
    `|---|${databases.map(() => '---:|---:').join('|')}|`,
  ];
  const small = runOf(report, databases[0], 10_000)!;
  for (const op of small.operations) {
    const cells = databases.map(d => {
      const a = find(runOf(report, d, 10_000), op.key);
      const b = find(runOf(report, d, 100_000), op.key);
      return a && b
        ? `${ratio(b.endpoint.p50 / a.endpoint.p50)} | ${ratio(
            b.raw.p50 / a.raw.p50,
          )}`
        : '– | –';
    });
    lines.push(`| ${op.label} | ${cells.join(' | ')} |`);
  }
  return lines;
}

/** One row per database and size: the entity list's cost per row against the catalog's own page. */
function catalogPeerTable(report: RunReport): string[] {
  const runs = report.runs.filter(r => r.catalogPeer);
  if (!runs.length) return [];
  const lines = [
    '| database | releases | catalog request (under /api/catalog) | entity list p50 ms | rows | ms/row | catalog p50 ms | rows | ms/row | list / catalog per row |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const run of runs) {
    const p = run.catalogPeer!;
    const listPerRow = p.list.p50 / Math.max(1, p.listRows);
    const catalogPerRow = p.catalog.p50 / Math.max(1, p.catalogRows);
    lines.push(
      `| ${DATABASE_NAMES[run.database]} | ${run.size.toLocaleString(
        'en',
      )} | \`${p.request}\` | ${ms(p.list.p50)} | ${p.listRows} | ${ms(
        listPerRow,
      )} | ${ms(p.catalog.p50)} | ${p.catalogRows} | ${ms(
        catalogPerRow,
      )} | ${ratio(listPerRow / catalogPerRow)} |`,
    );
  }
  return lines;
}

export function renderReport(report: RunReport): string {
  const m = report.machine;
  const lines: string[] = [
    '# Benchmarks',
    '',
    '<!-- Written by `yarn bench` (bench/src/main.ts); edit the generator, not this file. -->',
    '',
    ...(report.incomplete?.length
      ? [
          `> **Incomplete run:** no figures yet for ${report.incomplete
            .map(
              i =>
                `${DATABASE_NAMES[i.database]} ${i.size.toLocaleString('en')}`,
            )
            .join(', ')} (still running, or the run was stopped).`,
          '',
        ]
      : []),
    `Run on ${report.date} with:`,
    '',
    '```sh',
    report.command,
    '```',
    '',
    '## Machine',
    '',
    `| | |`,
    `|---|---|`,
    `| CPU | ${m.cpu} |`,
    `| cores | ${m.cores} (shared with other work; load average at start ${m.loadAverage}) |`,
    `| memory | ${m.memoryGiB} GiB |`,
    `| Node | ${m.node} |`,
    `| OS | ${m.os} |`,
    ...[...new Set(report.runs.map(r => r.database))].map(
      d =>
        `| ${DATABASE_NAMES[d]} | ${
          report.runs.find(r => r.database === d)?.databaseVersion ?? ''
        } |`,
    ),
    `| whole run | ${(report.seconds / 60).toFixed(1)} min |`,
    '',
    '## What is measured',
    '',
    '- Synthetic organisations of 2,000 components (200 systems, 100 teams) and N releases of 1–3',
    '  components (18–21 checklist items each). The organisation ships about 9 releases a day (windows',
    '  of 1–72 hours), planned up to 90 days ahead; the sizes differ in how much history the database',
    '  holds (1,000: the last weeks; 10,000: about three years; 100,000: about thirty), which is how a',
    '  release database grows, so the upcoming month holds about 300 releases at every size (the rows',
    '  column gives each) and the growth rows show what the size of the tables alone costs. Statuses',
    '  follow the window (released, rolled back, cancelled in the past; in progress now; draft, planned',
    '  ahead); about 30% of releases have an outcome, a go',
    '  decision and, when not a success, an action item; one release has exactly 50 components',
    '  (459 items); 42 freeze windows, one of them weekly. Ten deployments per release (1,000,000 at',
    "  100,000): each release's components to staging (one to four release candidates) and to",
    '  production (now and then after a failed attempt) as far as its status says (released:',
    '  succeeded; rolled back: rolled back, and the version before restored; in progress: some',
    '  succeeded, some started), the rest (about 40% at 100,000, most of them at 1,000, where most',
    '  releases lie ahead) claimed by no release: hotfixes, mostly of the busy components. The',
    '  50-component release is under way: 20 components out, 10 deploying to production, 10 in',
    '  staging, 10 pending (70 deployments).',
    '  Seeded straight into the tables after the',
    "  plugin's own migrations, in one transaction, then `ANALYZE` (`VACUUM ANALYZE` on PostgreSQL);",
    '  seeding is not measured.',
    '- The real plugin (`@releasekit/plugin-releases-backend`) runs in-process under',
    '  `startTestBackend` on that database: real HTTP requests (`node:http`, one keep-alive connection;',
    "  Node's `fetch` adds 0.5–1 ms of its own per call on a large answer) go through its",
    '  router, OpenAPI validation, auth (mock user token), permissions (allow all) and store. Timed from',
    '  sending the request to the last byte of the answer; the client then joins the chunks and parses',
    '  the JSON to check the answer and count its rows, after the clock has stopped. Its scheduler runs',
    '  no task (reminders, provider checks and the periodic risk refresh are not measured); the risk',
    '  refresh a write queues runs after the answer, and the samples wait for it between calls.',
    '- The raw floor reads the same rows with hand-written SQL through the same knex pool (same',
    "  indexes) and the plugin's column lists: for the calendar the nine columns it reads of the releases",
    '  overlapping the month (same 2,000-row cap, same 90-day lower bound on window_start) with their',
    '  components, checklist counts and the freeze windows; for the entity list the same page of 50',
    "  summaries (the component's rows in (window_start, release_id) order from their index, each joined",
    '  to its release) with components and counts; for the release',
    '  its row, components, items, decisions, outcome and action items; for a tick an UPDATE of the',
    '  item plus an INSERT of an activity row in one',
    '  transaction; for metrics one statement computing the overall, per-month and per-team aggregates',
    '  and 90th percentile slip; for what is deployed where the latest succeeded deployment per',
    '  environment, one LIMIT 1 walk of the (entity_ref, environment, status, finished_at) index each',
    '  in one UNION ALL; for the runbook the release row, its components and its deployments by',
    "  release_id, the three run together as the plugin's are. The run fails if the endpoint and the raw SQL return different row",
    '  counts.',
    `- Each operation: a collected heap (\`gc()\`), then warm-up calls of both kinds (at least ${report.sampling.warmup}, and for at least ${report.sampling.warmupSeconds} s, so that V8 has optimised the code on the path), then up to ${report.sampling.samples} samples (at least ${report.sampling.minSamples}; stops after ${report.sampling.budgetSeconds} s once ${report.sampling.minSamples} are in), endpoint and raw`,
    '  interleaved with alternating order so that a busy neighbour slows both alike. p50/p95 by nearest',
    '  rank; ratio = endpoint p50 / raw p50.',
    '- SQL queries/call: knex `query` events on the knex handed to the plugin (statements inside',
    '  transactions included), per HTTP call; several values mean calls differed. Catalog requests/call:',
    '  calls on the catalog service the plugin is given. "SQL in flight" is the part of the call during',
    '  which at least one of its statements was running (BEGIN/COMMIT/SAVEPOINT are counted but not',
    '  timed); the rest is HTTP, validation, permissions, mapping and JSON. The catalog is the test',
    "  double of `@backstage/plugin-catalog-node` over the synthetic organisation's 2,350 entities: it",
    "  rebuilds every entity's search rows on each filtered query (the runbook's dependency order asks",
    '  one), so "catalog wait" (time with a catalog request in flight) is the stand-in\'s, not the',
    "  plugin's; the issue 17 targets compare the endpoint less that wait with the raw SQL.",
    '',
  ];

  for (const database of [...new Set(report.runs.map(r => r.database))]) {
    lines.push(`## ${DATABASE_NAMES[database]}`, '');
    for (const run of report.runs.filter(r => r.database === database)) {
      lines.push(`### ${run.size.toLocaleString('en')} releases`, '');
      if (run.seed) {
        lines.push(
          `Seeded ${run.seed.releases.toLocaleString(
            'en',
          )} releases, ${run.seed.components.toLocaleString(
            'en',
          )} release components, ${run.seed.items.toLocaleString(
            'en',
          )} checklist items, ${run.seed.outcomes.toLocaleString(
            'en',
          )} outcomes and ${(run.seed.deployments ?? 0).toLocaleString(
            'en',
          )} deployments in ${run.seed.seconds.toFixed(1)} s; database ${(
            run.seed.databaseBytes /
            2 ** 20
          ).toFixed(0)} MiB.`,
          '',
        );
      }
      if (run.error) lines.push(`**No complete figures:** ${run.error}`, '');
      if (run.operations.length) lines.push(...table(run), '');
      if (run.requestFloor) {
        lines.push(
          `A request that runs no SQL (GET /templates) takes p50 ${ms(
            run.requestFloor.p50,
          )} ms, p95 ${ms(
            run.requestFloor.p95,
          )} ms here: the fixed cost of HTTP, auth and routing in this harness.`,
          '',
        );
      }
    }
  }

  const peers = catalogPeerTable(report);
  if (peers.length) {
    lines.push(
      '## The entity list against the catalog',
      '',
      "The catalog's own list as a peer: the real `@backstage/plugin-catalog-backend` runs in the same test",
      'backend (same HTTP stack, auth and database engine, a database of its own as each plugin has) with the',
      "organisation's 2,350 entities, processed and stitched before any sample. Its",
      '`GET /api/catalog/entities/by-query` asks for a page of components by name, as many as the entity list',
      'answered; both are timed to the last byte, interleaved with alternating order, and compared per row',
      '(p50 over the rows of the page). The releases plugin itself still reads the in-memory catalog stand-in.',
      '',
      ...peers,
      '',
    );
  }

  const growth = growthTable(report);
  if (growth.length) {
    lines.push(
      '## Growth from 10,000 to 100,000 releases',
      '',
      'p50 at 100,000 divided by p50 at 10,000, for every operation (the calendar target is on the first row;',
      'the others have no target and are here to show which calls depend on the size of the tables).',
      '',
      ...growth,
      '',
    );
  }

  lines.push('## Targets', '');
  lines.push('| target | database | verdict | figures |', '|---|---|---|---|');
  for (const v of verdicts(report)) {
    lines.push(
      `| ${v.target} | ${DATABASE_NAMES[v.database]} | ${
        v.ok === undefined ? 'not measured' : met(v.ok)
      } | ${v.detail} |`,
    );
  }
  lines.push('', ...deploymentSection(report));

  const profiled = report.runs.filter(r => r.operations.some(o => o.profile));
  if (profiled.length) {
    lines.push(
      '## Where the time goes',
      '',
      "CPU time per endpoint call from V8's sampling profiler over 20 extra calls after the samples",
      '(client and server share the process; waiting on PostgreSQL is idle time and not shown). "by',
      'area" groups self time by package; "plugin functions" is inclusive time of the plugin\'s code.',
      '',
    );
    for (const run of profiled) {
      lines.push(
        `<details><summary>${
          DATABASE_NAMES[run.database]
        }, ${run.size.toLocaleString('en')} releases</summary>`,
        '',
      );
      for (const op of run.operations) {
        if (!op.profile) continue;
        lines.push(
          `- **${op.label}** (${ms(
            op.profile.msPerCall,
          )} ms per call while profiled)`,
          `  - by area: ${op.profile.byArea
            .filter(a => a.ms >= 0.05)
            .map(a => `${a.area} ${ms(a.ms)}`)
            .join(', ')}`,
          `  - plugin functions: ${op.profile.pluginFunctions
            .filter(f => f.ms >= 0.05)
            .map(f => `\`${f.name}\` ${ms(f.ms)}`)
            .join(', ')}`,
        );
      }
      lines.push('', '</details>', '');
    }
  }

  lines.push('## Frontend bundle', '');
  const b = report.bundle;
  if (!b) {
    lines.push('Not measured in this run.', '');
  } else if (!b.ok) {
    lines.push(
      'The build failed, so there is no size:',
      '',
      '```',
      b.error,
      '```',
      '',
    );
  } else {
    lines.push(
      `\`plugins/releases\` built with \`backstage-cli package build\` after the repository's \`tsc\` (both ${b.buildSeconds.toFixed(
        0,
      )} s; dependencies stay external, so this is the plugin's own code):`,
      '',
      '| | files | size | gzip |',
      '|---|---:|---:|---:|',
      `| dist/ in total (JS, type declarations, source maps if any) | ${
        b.files
      } | ${kib(b.totalBytes)} | |`,
      `| JavaScript in dist/ | ${b.jsFiles} | ${kib(b.jsBytes)} | ${kib(
        b.jsGzipBytes,
      )} (each file on its own) |`,
      `| main entry ${b.mainEntry} | 1 | ${kib(b.mainBytes)} | ${kib(
        b.mainGzipBytes,
      )} |`,
      `| main entry and its static imports | ${b.mainClosureFiles} | ${kib(
        b.mainClosureBytes,
      )} | ${kib(b.mainClosureGzipBytes)} |`,
      ...(b.alpha
        ? [
            `| new-frontend-system entry ${
              b.alpha.entry
            } and its static imports | ${b.alpha.files} | ${kib(
              b.alpha.bytes,
            )} | ${kib(b.alpha.gzipBytes)} |`,
          ]
        : []),
      '',
      'Pages and cards are loaded lazily (dynamic `import()`), so the static closure of an entry is what',
      'an app pays up front; the rest arrives when a Releases page or card is first shown.',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
