import type { FreezeWindow } from '@releasekit/plugin-releases-common';
import { parseJson, toIso } from '../../rows';

export interface FreezeRow {
  id: string;
  title: string;
  reason: string;
  start: number | string;
  end: number | string;
  recurrence: string | null;
  entity_refs: string;
  revision: number;
  created_by: string;
  created_at: number | string;
  updated_at: number | string;
}

export function freezeFromRow(row: FreezeRow): FreezeWindow {
  return {
    id: row.id,
    title: row.title,
    reason: row.reason,
    start: toIso(row.start),
    end: toIso(row.end),
    recurrence: row.recurrence,
    entityRefs: parseJson<string[]>(row.entity_refs, []),
    source: 'api',
    revision: Number(row.revision),
    createdBy: row.created_by,
  };
}
