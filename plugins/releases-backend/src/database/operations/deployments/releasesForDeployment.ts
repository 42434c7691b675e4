import type { Knex } from 'knex';
import type { DeploymentRelease } from '../../DeploymentStore';
import {
  type ChecklistItemRow,
  itemFromRow,
  type ReleaseRow,
} from '../../rows';
import { componentRowsOf } from '../componentRows';
import { releaseFromRow } from '../mapRelease';
import { TABLES } from '../tables';

/**
 * The releases a deployment of `entityRef` may belong to: the named one if it includes the
 * component, or else every in-progress release including it. Three queries whatever their number:
 * the releases (through the component index), their components (for permission rules) and the
 * component's items (whoever may tick them may report its deployments).
 */
export async function releasesForDeployment(
  db: Knex,
  entityRef: string,
  releaseId?: string,
): Promise<DeploymentRelease[]> {
  const query = db<ReleaseRow>(`${TABLES.releases} as r`)
    .join(`${TABLES.components} as c`, 'c.release_id', 'r.id')
    .where('c.entity_ref', entityRef)
    .select('r.*');
  if (releaseId) query.where('r.id', releaseId);
  else query.where('r.status', 'in_progress');
  // Compared here too: MySQL compares strings case-insensitively, the API does not.
  const rows = ((await query) as ReleaseRow[]).filter(
    row => !releaseId || row.id === releaseId,
  );
  if (rows.length === 0) return [];
  const ids = rows.map(row => row.id);
  const [components, items] = await Promise.all([
    componentRowsOf(db, ids),
    db<ChecklistItemRow>(TABLES.items)
      .whereIn('release_id', ids)
      .where('component_ref', entityRef)
      .orderBy('position'),
  ]);
  return rows.map(row => ({
    release: releaseFromRow(
      row,
      components.filter(c => c.release_id === row.id),
    ),
    items: items.filter(i => i.release_id === row.id).map(itemFromRow),
  }));
}
