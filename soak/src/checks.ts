import type { Knex } from 'knex';
import { SOAK_CHECK } from './config';
import {
  type ActivityRow,
  countedOnce,
  countOnce,
  reconcile,
  reconciled,
  type ReleaseEnd,
} from './reconcile';
import type { Ledger, Targets } from './writers';

/** One check of the soak's end, pass or fail, with what it saw. */
export interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

const MARKER = /^soak:[0-9a-f-]{36}$/;

function markerOf(after: string | null): string | undefined {
  if (!after) return undefined;
  const parsed = JSON.parse(after) as { note?: string; description?: string };
  return [parsed.note, parsed.description].find(
    (v): v is string => typeof v === 'string' && MARKER.test(v),
  );
}

const list = (values: string[], max = 3) =>
  values.length
    ? `: ${values.slice(0, max).join('; ')}${values.length > max ? ' …' : ''}`
    : '';

/**
 * Ticks and edits, exactly once: the ledger of answers against the activity rows the watched
 * releases got during the soak, their revisions and their final values.
 */
export async function revisionedWritesCheck(
  knex: Knex,
  ledger: Ledger,
  targets: Targets,
  activityBaseline: number,
): Promise<Check> {
  const ids = targets.watched.map(w => w.id);
  const rows: ActivityRow[] = (
    await knex('release_activity')
      .whereIn('release_id', ids)
      .andWhere('id', '>', activityBaseline)
      .select('id', 'release_id', 'after')
  ).map((r: any) => ({
    id: Number(r.id),
    releaseId: r.release_id,
    marker: markerOf(r.after),
  }));
  const releases = await knex('releases')
    .whereIn('id', ids)
    .select('id', 'revision', 'description');
  const ticked = new Set(
    ledger.revisioned.filter(a => a.itemId).map(a => a.itemId!),
  );
  const items = await knex('checklist_items')
    .whereIn('release_id', ids)
    .select('id', 'release_id', 'note');
  const ends: ReleaseEnd[] = releases.map((r: any) => ({
    id: r.id,
    revisionBefore: targets.watched.find(w => w.id === r.id)!.revision,
    revisionAfter: Number(r.revision),
    description: r.description,
    notes: Object.fromEntries(
      items
        .filter((i: any) => i.release_id === r.id && ticked.has(i.id))
        .map((i: any) => [i.id, i.note]),
    ),
  }));
  const r = reconcile(ledger.revisioned, rows, ends);
  const problems = [
    ...r.lost.map(m => `lost ${m}`),
    ...r.duplicated.map(m => `twice ${m}`),
    ...r.refusedButWritten.map(m => `refused but written ${m}`),
    ...r.sameRevisionAccepted.map(m => `same revision accepted ${m}`),
    ...r.unexplainedRows.map(id => `unexplained activity row ${id}`),
    ...r.revisionMismatches,
    ...r.stateMismatches,
  ];
  return {
    name: 'Ticks and edits exactly once',
    pass: reconciled(r),
    detail:
      `${r.accepted} accepted, each with exactly one activity row and its value in place; ` +
      `${r.refused} refused with 409 and nothing written; ${r.failed} failed otherwise; ` +
      `${r.unknown} unanswered (cut by the kill), ${r.unknownCommitted} of them committed whole; ` +
      `${rows.length} activity rows on ${
        ids.length
      } releases, revisions moved by as many${list(problems)}`,
  };
}

/** Edits sent at once through both replicas with one revision: one 200 and one 409, never two 200s. */
export function concurrentEditsCheck(ledger: Ledger): Check {
  const count = (a: string, b: string) =>
    ledger.pairs.filter(
      ([x, y]) => (x === a && y === b) || (x === b && y === a),
    ).length;
  const oneEach = count('accepted', 'refused');
  const both = count('accepted', 'accepted');
  const neither = count('refused', 'refused');
  const other = ledger.pairs.length - oneEach - both - neither;
  return {
    name: 'Concurrent edits of one release through both replicas',
    pass: both === 0 && ledger.pairs.length > 0,
    detail: `${ledger.pairs.length} pairs: ${oneEach} one 200 and one 409, ${neither} both 409 (a third writer was first), ${both} both 200, ${other} with a request cut by the kill`,
  };
}

async function countsByMarker(
  query: Knex.QueryBuilder,
  column: string,
  toMarker: (v: string) => string = v => v,
): Promise<Map<string, number>> {
  const rows = await query.select(column).count({ n: '*' }).groupBy(column);
  return new Map(
    rows.map(
      (r: any) => [toMarker(r[column]), Number(r.n)] as [string, number],
    ),
  );
}

/** Deployment reports: each accepted one recorded exactly once (its marker in `commit`). */
export async function deploymentsCheck(
  knex: Knex,
  ledger: Ledger,
): Promise<Check> {
  const counts = await countsByMarker(
    knex('deployments').where('commit', 'like', 'soak:%'),
    'commit',
  );
  const r = countOnce(ledger.deployments, counts);
  return {
    name: 'Deployments exactly once',
    pass: countedOnce(r) && r.accepted > 0,
    detail:
      `${r.accepted} accepted, ${r.lost.length} missing, ${r.duplicated.length} recorded twice, ` +
      `${r.refusedButWritten.length} refused but recorded; ${
        r.unknown
      } unanswered, ${r.unknownCommitted} of them recorded${list([
        ...r.lost,
        ...r.duplicated,
        ...r.refusedButWritten,
      ])}`,
  };
}

/** Releases planned during the soak: each exactly once, whole (its three template items). */
export async function plannedReleasesCheck(
  knex: Knex,
  ledger: Ledger,
): Promise<Check> {
  const counts = await countsByMarker(
    knex('releases').where('title', 'like', 'Soak soak:%'),
    'title',
    t => t.slice('Soak '.length),
  );
  const r = countOnce(ledger.releases, counts);
  const itemCounts = await knex('releases as r')
    .leftJoin('checklist_items as i', 'i.release_id', 'r.id')
    .where('r.title', 'like', 'Soak soak:%')
    .groupBy('r.id')
    .select('r.id')
    .count({ n: 'i.id' });
  const partial = itemCounts.filter((c: any) => Number(c.n) !== 3);
  return {
    name: 'Releases planned exactly once, whole',
    pass: countedOnce(r) && partial.length === 0 && r.accepted > 0,
    detail:
      `${r.accepted} created, ${r.lost.length} missing, ${r.duplicated.length} twice; ` +
      `${itemCounts.length - partial.length} of ${
        itemCounts.length
      } with all 3 items${list(
        partial.map((c: any) => `${c.id}: ${c.n} items`),
      )}`,
  };
}

/**
 * Check results: the stored latest result of each component is the last one accepted, and every
 * automated item of the soak's releases of that component is in the state that result gives.
 */
export async function checkResultsCheck(
  knex: Knex,
  ledger: Ledger,
): Promise<Check> {
  const lastAccepted = new Map<string, { marker: string; status: string }>();
  for (const report of ledger.checkResults) {
    if (report.outcome === 'accepted')
      lastAccepted.set(report.entityRef, report);
  }
  const stored = await knex('check_results')
    .where('check', SOAK_CHECK)
    .select('entity_ref', 'summary', 'status');
  const problems: string[] = [];
  for (const [entityRef, last] of lastAccepted) {
    const row = stored.find((s: any) => s.entity_ref === entityRef);
    if (!row || row.summary !== last.marker) {
      problems.push(
        `${entityRef}: stored ${row?.summary ?? 'nothing'}, last sent ${
          last.marker
        }`,
      );
    }
  }
  const items = await knex('checklist_items as i')
    .join('releases as r', 'r.id', 'i.release_id')
    .where('i.check', SOAK_CHECK)
    .whereIn('r.status', ['draft', 'planned', 'in_progress'])
    .select('i.id', 'i.component_ref', 'i.state');
  let consistent = 0;
  for (const item of items) {
    const last = lastAccepted.get(item.component_ref);
    const expected = last?.status === 'passed' ? 'done' : 'open';
    if (item.state === expected) consistent += 1;
    else
      problems.push(
        `item ${item.id} of ${item.component_ref}: ${item.state}, last result ${
          last?.status ?? 'none'
        }`,
      );
  }
  const unanswered = ledger.checkResults.filter(
    c => c.outcome === 'unknown',
  ).length;
  return {
    name: 'Check results settle items as the last result says',
    pass: problems.length === 0 && lastAccepted.size > 0,
    detail:
      `${
        ledger.checkResults.filter(c => c.outcome === 'accepted').length
      } results accepted for ${lastAccepted.size} components; ` +
      `${consistent} of ${
        items.length
      } automated items in the state of their component's last result${
        unanswered ? `; ${unanswered} unanswered` : ''
      }${list(problems)}`,
  };
}

/** Sessions of the run's database left inside a transaction (a half-done write holding locks). */
export async function openTransactionsCheck(
  knex: Knex,
  database: string,
): Promise<Check> {
  const { rows } = await knex.raw(
    `SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = ? AND state LIKE 'idle in transaction%'
        AND now() - state_change > interval '5 seconds'`,
    [database],
  );
  const n = Number(rows[0].n);
  return {
    name: 'No transaction left open',
    pass: n === 0,
    detail: `${n} session(s) idle in a transaction for more than 5 s at the end`,
  };
}
