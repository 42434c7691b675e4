import type { Knex } from 'knex';
import type { ReleaseRow } from '../../rows';
import type { InsertReleaseRequest } from '../../types';
import { TABLES } from '../tables';
import { insertActivity, insertComponents, insertItems } from '../writeRows';

/** Inserts a release with its components, checklist and first activity entry, in one transaction. */
export async function insertRelease(
  db: Knex,
  { release, actor, at, activity }: InsertReleaseRequest,
): Promise<void> {
  await db.transaction(async tx => {
    const row: ReleaseRow = {
      id: release.id,
      title: release.title,
      version: release.version,
      description: release.description,
      risks: JSON.stringify(release.risks),
      owner: release.owner,
      stakeholders: JSON.stringify(release.stakeholders),
      template_id: release.templateId,
      status: release.status,
      window_start: release.windowStart,
      window_end: release.windowEnd,
      revision: 1,
      planned_at: release.plannedAt,
      created_at: at,
      created_by: actor,
      updated_at: at,
      updated_by: actor,
      // Computed after the release is stored (service/risk), like after every change.
      risk: null,
      risk_score: null,
      risk_level: null,
    };
    await tx(TABLES.releases).insert(row);
    await insertComponents(tx, {
      releaseId: release.id,
      components: release.components,
      firstPosition: 0,
      windowStart: release.windowStart,
    });
    await insertItems(tx, {
      releaseId: release.id,
      items: release.items,
      firstPosition: 0,
      at,
    });
    if (release.carriedActionItemIds?.length) {
      await tx(TABLES.actionItems)
        .whereIn('id', release.carriedActionItemIds)
        .update({ carried_into: release.id });
    }
    await insertActivity(tx, { releaseId: release.id, actor, at, activity });
  });
}
