import type {
  CalendarReleaseRow,
  ReleaseComponentRow,
  ReleaseRow,
  ReleaseSummaryRow,
} from '../rows';
import {
  parseJson,
  riskFromRow,
  riskLevelFromRow,
  risksFromRow,
  toIso,
  toIsoOrNull,
} from '../rows';
import type {
  ChecklistCounts,
  StoredCalendarRelease,
  StoredComponent,
  StoredRelease,
  StoredReleaseWithCounts,
} from '../types';

const NO_ITEMS: ChecklistCounts = Object.freeze({
  total: 0,
  settled: 0,
  requiredOpen: 0,
});

/** Component rows (in position order: componentRowsOf) grouped by release id, in the same order. */
export function groupComponents(
  rows: ReleaseComponentRow[],
): Map<string, StoredComponent[]> {
  const byRelease = new Map<string, StoredComponent[]>();
  for (const row of rows) {
    const component: StoredComponent = {
      entityRef: row.entity_ref,
      ownerRef: row.owner_ref,
      systemRef: row.system_ref,
    };
    const list = byRelease.get(row.release_id);
    if (list) list.push(component);
    else byRelease.set(row.release_id, [component]);
  }
  return byRelease;
}

/**
 * A calendar entry straight from its row: one object per release, as the calendar maps hundreds of
 * them per call.
 */
export function calendarReleaseFromRow(
  row: CalendarReleaseRow,
  components: StoredComponent[] | undefined,
  counts: ChecklistCounts | undefined,
): StoredCalendarRelease {
  return {
    id: row.id,
    title: row.title,
    version: row.version,
    owner: row.owner,
    status: row.status,
    windowStart: toIso(row.window_start),
    windowEnd: toIso(row.window_end),
    revision: Number(row.revision),
    updatedAt: toIso(row.updated_at),
    components: components ?? [],
    counts: counts ?? NO_ITEMS,
    risk: riskLevelFromRow(row),
  };
}

export function summaryFromRow(
  row: ReleaseSummaryRow,
  components: StoredComponent[] | undefined,
  counts: ChecklistCounts | undefined,
): StoredReleaseWithCounts {
  return {
    ...calendarReleaseFromRow(row, components, counts),
    templateId: row.template_id,
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    risk: riskFromRow(row),
  };
}

export function releaseFromRow(
  row: ReleaseRow,
  componentRows: ReleaseComponentRow[],
): StoredRelease {
  // A release's own page rolls readiness up from its checklist, not from counts.
  const { counts, ...summary } = summaryFromRow(
    row,
    groupComponents(componentRows).get(row.id),
    undefined,
  );
  return {
    ...summary,
    description: row.description,
    risks: risksFromRow(row),
    stakeholders: parseJson<string[]>(row.stakeholders, []),
    plannedAt: toIsoOrNull(row.planned_at),
  };
}
