import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import type { RunningBackend } from './backend';
import type { Operation } from './measure';

const BENCH_CHECK = 'ci.bench';
const SETTLED_RELEASES = 20;

interface AutomatedItems {
  entityRef: string;
  itemIds: string[];
  items: Array<{ id: string; release_id: string }>;
}

/**
 * A pipeline's result for a component that is in 20 open releases: one automated item in each.
 * Prepared on first use (after seeding), once.
 */
function automatedItemsOf(knex: Knex): () => Promise<AutomatedItems> {
  let automated: Promise<AutomatedItems> | undefined;
  return () =>
    (automated ??= (async () => {
      const open = ['draft', 'planned', 'in_progress'];
      const busiest = await knex('checklist_items as i')
        .join('releases as r', 'r.id', 'i.release_id')
        .whereIn('r.status', open)
        .whereNotNull('i.component_ref')
        .groupBy('i.component_ref')
        .orderByRaw('COUNT(DISTINCT i.release_id) DESC')
        .first('i.component_ref as entityRef');
      // The seeded organisation spreads components thin: add the busiest to open releases that
      // lack it until it is in SETTLED_RELEASES of them, with one item each.
      const entityRef: string = busiest.entityRef;
      const openIds: string[] = (
        await knex('releases')
          .whereIn('status', open)
          .orderBy('id')
          .select('id')
      ).map((r: { id: string }) => r.id);
      const having = new Set<string>(
        (
          await knex('release_components')
            .where({ entity_ref: entityRef })
            .whereIn('release_id', openIds)
            .select('release_id')
        ).map((r: { release_id: string }) => r.release_id),
      );
      const missing = openIds
        .filter(id => !having.has(id))
        .slice(0, Math.max(0, SETTLED_RELEASES - having.size));
      const now = Date.now();
      for (const releaseId of missing) {
        await knex('release_components').insert({
          release_id: releaseId,
          entity_ref: entityRef,
          owner_ref: null,
          system_ref: null,
          position: 999,
        });
        await knex('checklist_items').insert({
          id: randomUUID(),
          release_id: releaseId,
          component_ref: entityRef,
          title: 'Bench tests pass',
          category: 'validation',
          required: true,
          assignee: null,
          state: 'open',
          note: null,
          evidence_url: null,
          done_by: null,
          done_at: null,
          source: 'default',
          position: 999,
          created_at: now,
          updated_at: now,
        });
      }
      const rows: Array<{ id: string; release_id: string }> = await knex(
        'checklist_items as i',
      )
        .join('releases as r', 'r.id', 'i.release_id')
        .whereIn('r.status', open)
        .where('i.component_ref', entityRef)
        .orderBy(['i.release_id', 'i.id'])
        .select('i.id', 'i.release_id');
      const first = new Map<string, string>();
      rows.forEach(
        r => first.has(r.release_id) || first.set(r.release_id, r.id),
      );
      const items = [...first.entries()]
        .slice(0, SETTLED_RELEASES)
        .map(([releaseId, id]) => ({ id, release_id: releaseId }));
      const itemIds = items.map(i => i.id);
      if (itemIds.length < SETTLED_RELEASES) {
        throw new Error(
          `Only ${itemIds.length} open releases to settle, not ${SETTLED_RELEASES}`,
        );
      }
      // Open, whatever the seed made of them (a not-applicable item is left alone by results).
      await knex('checklist_items')
        .whereIn('id', itemIds)
        .update({ check: BENCH_CHECK, state: 'open' });
      return { entityRef: busiest.entityRef as string, itemIds, items };
    })());
}

/**
 * POST /checks/results (issue 16): a result settling one automated item in each of 20 open
 * releases, against one UPDATE and one INSERT by hand. Reported by a pipeline (its token's subject
 * listed for every component: no SQL to authorise it), the caller the endpoint is for; or by a user,
 * who may report only where they may tick every item it settles (two more reads and a policy call).
 */
export function checkResultOperation(
  knex: Knex,
  backend: RunningBackend,
  caller: 'pipeline' | 'user',
): Operation {
  const automatedItems = automatedItemsOf(knex);
  const client = caller === 'pipeline' ? backend.pipeline : backend.client;
  return {
    key: caller === 'pipeline' ? 'check-result' : 'check-result-user',
    label: `POST /checks/results by a ${caller}, settling ${SETTLED_RELEASES} releases (passed ⇄ failed, a new run each time)`,
    rawQueries: 2,
    note: `raw: one UPDATE of the ${SETTLED_RELEASES} items and one INSERT of their activity rows, in one transaction`,
    async endpoint(call) {
      const { entityRef } = await automatedItems();
      const status = call % 2 === 0 ? 'passed' : 'failed';
      const answer = await client.call('/checks/results', {
        method: 'POST',
        body: JSON.stringify({
          entityRef,
          check: BENCH_CHECK,
          status,
          url: `https://ci.example.com/runs/${call}`,
        }),
      });
      return () => {
        const { settled } = answer.json();
        const expected = status === 'passed' ? 'done' : 'open';
        if (
          settled.length !== SETTLED_RELEASES ||
          settled.some((s: { state: string }) => s.state !== expected)
        ) {
          throw new Error(`Not all ${SETTLED_RELEASES} items are ${expected}`);
        }
        return settled.length;
      };
    },
    async raw(call) {
      const { itemIds, items } = await automatedItems();
      const passed = call % 2 === 0;
      const at = Date.now();
      await knex.transaction(async tx => {
        await tx('checklist_items')
          .whereIn('id', itemIds)
          .update({
            state: passed ? 'done' : 'open',
            note: passed ? null : 'The check failed',
            // Not the endpoint's URL: when the raw call goes first (every other sample), the
            // endpoint must still find the items to change, or it would skip their writes.
            evidence_url: `https://ci.example.com/raw-runs/${call}`,
            done_by: passed ? 'github-actions' : null,
            done_at: passed ? at : null,
            updated_at: at,
          });
        await tx('release_activity').insert(
          items.map(item => ({
            release_id: item.release_id,
            action: 'checklist.check_result',
            actor: 'github-actions',
            at,
            summary: `${BENCH_CHECK} ${passed ? 'passed' : 'failed'}`,
            before: JSON.stringify({ state: passed ? 'open' : 'done' }),
            after: JSON.stringify({ state: passed ? 'done' : 'open' }),
          })),
        );
      });
      return items.length;
    },
  };
}
