import type { CheckResultInput } from '@releasekit/plugin-releases-common';
import type { Knex } from 'knex';
import type { ChecklistItemRow, ReleaseRow } from '../../rows';
import { TABLES } from '../tables';

/** The releases whose automated items results still settle: those not yet finished. */
export const OPEN_FOR_CHECKS = ['draft', 'planned', 'in_progress'] as const;

/** An automated item with what deciding a result's effect on it needs of its release. */
export type AutomatedItemRow = Pick<
  ChecklistItemRow,
  'id' | 'release_id' | 'component_ref' | 'check' | 'state' | 'note'
> &
  Pick<ChecklistItemRow, 'evidence_url' | 'title'> & {
    release_version: ReleaseRow['version'];
  };

/**
 * The automated items of releases not yet finished that wait for any of these components' checks,
 * in one query (the pairs are matched in memory: a multi-column IN is not portable to all three
 * databases).
 */
export async function automatedItemsFor(
  db: Knex,
  results: Array<Pick<CheckResultInput, 'entityRef' | 'check'>>,
): Promise<AutomatedItemRow[]> {
  if (results.length === 0) return [];
  const rows: AutomatedItemRow[] = await db(`${TABLES.items} as i`)
    .join(`${TABLES.releases} as r`, 'r.id', 'i.release_id')
    .whereIn('r.status', OPEN_FOR_CHECKS)
    .whereIn('i.component_ref', [...new Set(results.map(r => r.entityRef))])
    .whereIn('i.check', [...new Set(results.map(r => r.check))])
    .select(
      'i.id',
      'i.release_id',
      'i.component_ref',
      'i.check',
      'i.state',
      'i.note',
      'i.evidence_url',
      'i.title',
      'r.version as release_version',
    )
    .orderBy('i.id');
  const wanted = new Set(results.map(r => `${r.entityRef} ${r.check}`));
  return rows.filter(row => wanted.has(`${row.component_ref} ${row.check}`));
}

/** Whether a result is meant for the item's release: its releaseId and version, when given, agree. */
export function resultApplies(
  result: Pick<
    CheckResultInput,
    'entityRef' | 'check' | 'releaseId' | 'version'
  >,
  item: AutomatedItemRow,
): boolean {
  return (
    item.component_ref === result.entityRef &&
    item.check === result.check &&
    (!result.releaseId || item.release_id === result.releaseId) &&
    (!result.version || item.release_version === result.version)
  );
}
