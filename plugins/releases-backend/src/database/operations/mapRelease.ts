import type { ReleaseComponentRow, ReleaseRow } from '../rows';
import { parseJson, risksFromRow, toIso, toIsoOrNull } from '../rows';
import type { StoredComponent, StoredRelease } from '../types';

export function componentFromRow(row: ReleaseComponentRow): StoredComponent {
  return {
    entityRef: row.entity_ref,
    ownerRef: row.owner_ref,
    systemRef: row.system_ref,
  };
}

export function releaseFromRow(
  row: ReleaseRow,
  components: ReleaseComponentRow[],
): StoredRelease {
  return {
    id: row.id,
    title: row.title,
    version: row.version,
    description: row.description,
    risks: risksFromRow(row),
    owner: row.owner,
    stakeholders: parseJson<string[]>(row.stakeholders, []),
    templateId: row.template_id,
    status: row.status,
    windowStart: toIso(row.window_start),
    windowEnd: toIso(row.window_end),
    revision: Number(row.revision),
    plannedAt: toIsoOrNull(row.planned_at),
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
    updatedAt: toIso(row.updated_at),
    updatedBy: row.updated_by,
    components: [...components]
      .sort((a, b) => a.position - b.position)
      .map(componentFromRow),
  };
}

/** Groups component rows by release id, for turning a page of releases into objects in one pass. */
export function groupComponents(
  rows: ReleaseComponentRow[],
): Map<string, ReleaseComponentRow[]> {
  const byRelease = new Map<string, ReleaseComponentRow[]>();
  for (const row of rows) {
    const list = byRelease.get(row.release_id);
    if (list) list.push(row);
    else byRelease.set(row.release_id, [row]);
  }
  return byRelease;
}
