import type {
  CheckReport,
  CheckResultInput,
} from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import type { ActivityRow, CheckResultRow, ReleaseRow } from '../../rows';
import { TABLES } from '../tables';
import { chunkedInserts, writeTogether } from '../writeTogether';
import {
  type AutomatedItemRow,
  automatedItemsFor,
  resultApplies,
} from './automatedItems';
import { changesItem, type Settlement, settlementOf } from './settlement';
import { upsertFreshResults } from './upsertFreshResults';

export interface RecordCheckResultsRequest {
  results: CheckResultInput[];
  /** The user or service principal reporting them. */
  reportedBy: string;
  at: number;
}

function resultRow(
  r: CheckResultInput,
  { reportedBy, at }: RecordCheckResultsRequest,
): CheckResultRow {
  return {
    entity_ref: r.entityRef,
    check: r.check,
    status: r.status,
    url: r.url ?? null,
    summary: r.summary ?? null,
    version: r.version ?? null,
    commit: r.commit ?? null,
    release_id: r.releaseId ?? null,
    reported_at: at,
    reported_by: reportedBy,
  };
}

interface ItemChange {
  item: AutomatedItemRow;
  settlement: Settlement;
  result: CheckResultInput;
}

function activityRows(
  changes: ItemChange[],
  { reportedBy, at }: RecordCheckResultsRequest,
): Array<Omit<ActivityRow, 'id'>> {
  return changes.map(({ item, settlement, result }) => ({
    release_id: item.release_id,
    action: 'checklist.check_result',
    actor: reportedBy,
    at,
    summary:
      `${result.check} ${result.status} for ${result.entityRef}: "${item.title}" ${settlement.state}`.slice(
        0,
        500,
      ),
    before: JSON.stringify({
      state: item.state,
      note: item.note,
      evidenceUrl: item.evidence_url,
    }),
    after: JSON.stringify({
      state: settlement.state,
      note: settlement.note,
      evidenceUrl: settlement.evidence_url,
      check: result.check,
      status: result.status,
      ...(result.commit ? { commit: result.commit } : {}),
    }),
  }));
}

/** One UPDATE per fresh result that changes items: the items it settles alike. */
function itemUpdates(
  tx: Knex.Transaction,
  fresh: CheckResultInput[],
  changes: ItemChange[],
  { reportedBy, at }: RecordCheckResultsRequest,
): Array<{ write: Knex.QueryBuilder }> {
  return fresh.flatMap(result => {
    const ids = changes.filter(c => c.result === result).map(c => c.item.id);
    const update = { ...settlementOf(result, reportedBy, at), updated_at: at };
    return ids.length
      ? [{ write: tx(TABLES.items).whereIn('id', ids).update(update) }]
      : [];
  });
}

/**
 * Stores the results and settles the automated items they are meant for, in one transaction. A
 * result equal to the stored one for its component and check changes nothing (reporting twice is
 * harmless, and a person's override of a failure stands until the check reports something new).
 * The statement count does not grow with the number of items: one upsert that returns the fresh
 * results (on MySQL a read of the stored ones first), one read of the waiting items, then the
 * writes: one UPDATE per distinct result that changes items, one revision bump and one activity
 * insert, which PostgreSQL receives as one statement.
 */
export async function recordCheckResults(
  db: Knex,
  request: RecordCheckResultsRequest,
): Promise<{ report: CheckReport; changedReleaseIds: string[] }> {
  const { results, reportedBy, at } = request;
  return db.transaction(async tx => {
    const fresh = await upsertFreshResults(tx, results, r =>
      resultRow(r, request),
    );
    const items = await automatedItemsFor(tx, results);
    const changes: ItemChange[] = fresh.flatMap(result => {
      const settlement = settlementOf(result, reportedBy, at);
      return items
        .filter(item => resultApplies(result, item))
        .filter(item => changesItem(item, settlement))
        .map(item => ({ item, settlement, result }));
    });
    const releaseIds = [...new Set(changes.map(c => c.item.release_id))];
    // No outcome readiness to refresh (refreshReadinessSummary): only open releases take results,
    // and a release has an outcome only once it is released or rolled back.
    if (releaseIds.length) {
      await writeTogether(tx, [
        ...itemUpdates(tx, fresh, changes, request),
        {
          write: tx<ReleaseRow>(TABLES.releases)
            .whereIn('id', releaseIds)
            .update({
              revision: tx.raw('revision + 1') as unknown as number,
              updated_at: at,
              updated_by: reportedBy,
            }),
        },
        ...chunkedInserts(tx, TABLES.activity, activityRows(changes, request)),
      ]);
    }
    return {
      report: reportOf(results, items, changes),
      changedReleaseIds: releaseIds,
    };
  });
}

/** Every item a result is meant for, in the state it now has; and results no item waits for. */
function reportOf(
  results: CheckResultInput[],
  items: AutomatedItemRow[],
  changes: ItemChange[],
): CheckReport {
  const changed = new Map(changes.map(c => [c.item.id, c.settlement.state]));
  const matched = results.map(r => ({
    result: r,
    items: items.filter(item => resultApplies(r, item)),
  }));
  const settled = new Map<string, CheckReport['settled'][number]>();
  for (const { items: hits } of matched) {
    for (const item of hits) {
      settled.set(item.id, {
        releaseId: item.release_id,
        itemId: item.id,
        state: changed.get(item.id) ?? item.state,
      });
    }
  }
  return {
    settled: [...settled.values()],
    unmatched: matched
      .filter(m => m.items.length === 0)
      .map(({ result }) => ({
        entityRef: result.entityRef,
        check: result.check,
      })),
  };
}
