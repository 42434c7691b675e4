import type {
  ReleaseComponentRow,
  ReleaseRow,
  ReleaseSummaryRow,
} from '../rows';
import { parseJson, risksFromRow, toIso, toIsoOrNull } from '../rows';
import type {
  StoredComponent,
  StoredRelease,
  StoredReleaseSummary,
} from '../types';

export function componentFromRow(row: ReleaseComponentRow): StoredComponent {
  return {
    entityRef: row.entity_ref,
    ownerRef: row.owner_ref,
    systemRef: row.system_ref,
  };
}

export function summaryFromRow(
  row: ReleaseSummaryRow,
  components: ReleaseComponentRow[],
): StoredReleaseSummary {
  return {
    id: row.id,
    title: row.title,
    version: row.version,
    owner: row.owner,
    templateId: row.template_id,
    status: row.status,
    windowStart: toIso(row.window_start),
    windowEnd: toIso(row.window_end),
    revision: Number(row.revision),
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
    updatedAt: toIso(row.updated_at),
    updatedBy: row.updated_by,
    components: [...components]
      .sort((a, b) => a.position - b.position)
      .map(componentFromRow),
  };
}

export function releaseFromRow(
  row: ReleaseRow,
  components: ReleaseComponentRow[],
): StoredRelease {
  return {
    ...summaryFromRow(row, components),
    description: row.description,
    risks: risksFromRow(row),
    stakeholders: parseJson<string[]>(row.stakeholders, []),
    plannedAt: toIsoOrNull(row.planned_at),
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
