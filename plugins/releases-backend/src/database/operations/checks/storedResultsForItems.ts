import type { Knex } from 'knex';
import type { CheckResultRow, ReleaseRow } from '../../rows';
import type { NewChecklistItem } from '../../types';
import { TABLES } from '../tables';
import type { AutomatedItemRow } from './automatedItems';
import { resultApplies } from './automatedItems';
import { type Settlement, settlementOf } from './settlement';

/**
 * The state new automated items start in: results reported before the item existed (for example
 * before its component joined the release) are kept for this, and settle it as if reported now.
 * Two reads, only when there are automated items; inside the caller's transaction.
 */
export async function storedResultsForItems(
  tx: Knex.Transaction,
  releaseId: string,
  items: NewChecklistItem[],
): Promise<Map<string, Settlement>> {
  const automated = items.filter(i => i.check && i.componentRef);
  if (automated.length === 0) return new Map();
  const results: CheckResultRow[] = await tx(TABLES.checkResults)
    .whereIn('entity_ref', [...new Set(automated.map(i => i.componentRef!))])
    .whereIn('check', [...new Set(automated.map(i => i.check!))]);
  if (results.length === 0) return new Map();
  const release: Pick<ReleaseRow, 'version'> | undefined = await tx(
    TABLES.releases,
  )
    .where({ id: releaseId })
    .first('version');
  const settled = new Map<string, Settlement>();
  for (const item of automated) {
    const row: AutomatedItemRow = {
      id: item.id,
      release_id: releaseId,
      component_ref: item.componentRef,
      check: item.check ?? null,
      state: 'open',
      note: null,
      evidence_url: null,
      title: item.title,
      release_version: release?.version ?? '',
    };
    const result = results.find(r =>
      resultApplies(
        {
          entityRef: r.entity_ref,
          check: r.check,
          releaseId: r.release_id ?? undefined,
          version: r.version ?? undefined,
        },
        row,
      ),
    );
    if (result) {
      settled.set(
        item.id,
        settlementOf(
          {
            entityRef: result.entity_ref,
            check: result.check,
            status: result.status,
            url: result.url ?? undefined,
            summary: result.summary ?? undefined,
          },
          result.reported_by,
          Number(result.reported_at),
        ),
      );
    }
  }
  return settled;
}
