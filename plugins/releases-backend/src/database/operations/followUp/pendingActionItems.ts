import type { Knex } from 'knex';
import type { PendingActionItem } from '../../types';
import { TABLES } from '../tables';
import type { ActionItemRow } from './followUpRows';

/**
 * Carry-forward action items not yet carried, of releases made from the given template, with the
 * components of their releases (two queries).
 */
export async function pendingActionItems(
  db: Knex,
  templateId: string,
): Promise<PendingActionItem[]> {
  const rows: Array<ActionItemRow & { title_r: string; version_r: string }> =
    await db(`${TABLES.actionItems} as a`)
      .join(`${TABLES.releases} as r`, 'r.id', 'a.release_id')
      .where('r.template_id', templateId)
      .andWhere('a.carry_forward', true)
      .whereNull('a.carried_into')
      .select('a.*', 'r.title as title_r', 'r.version as version_r')
      .orderBy([
        { column: 'a.release_id', order: 'asc' },
        { column: 'a.position', order: 'asc' },
      ]);
  if (rows.length === 0) return [];
  const components: Array<{ release_id: string; entity_ref: string }> =
    await db(TABLES.components)
      .whereIn('release_id', [...new Set(rows.map(r => r.release_id))])
      .select('release_id', 'entity_ref');
  return rows.map(row => ({
    id: row.id,
    title: row.title,
    releaseId: row.release_id,
    releaseTitle: row.title_r,
    releaseVersion: row.version_r,
    components: components
      .filter(c => c.release_id === row.release_id)
      .map(c => c.entity_ref)
      .sort(),
  }));
}
