import type { Knex } from 'knex';
import type {
  ActivityRow,
  ChecklistItemRow,
  ReleaseComponentRow,
} from '../rows';
import type {
  ActivityInput,
  NewChecklistItem,
  StoredComponent,
} from '../types';
import { TABLES } from './tables';

/*
 * Row writers shared by the write operations; each runs inside the caller's transaction.
 * Inserts are chunked: SQLite allows at most 999 bound variables in one statement.
 */
const CHUNK = 50;

export async function insertComponents(
  tx: Knex.Transaction,
  releaseId: string,
  components: StoredComponent[],
  firstPosition: number,
): Promise<void> {
  const rows: ReleaseComponentRow[] = components.map((c, i) => ({
    release_id: releaseId,
    entity_ref: c.entityRef,
    owner_ref: c.ownerRef,
    system_ref: c.systemRef,
    position: firstPosition + i,
  }));
  if (rows.length) {
    await tx.batchInsert(TABLES.components, rows, CHUNK);
  }
}

export async function insertItems(
  tx: Knex.Transaction,
  releaseId: string,
  items: NewChecklistItem[],
  firstPosition: number,
  at: number,
): Promise<void> {
  const rows: ChecklistItemRow[] = items.map((item, i) => ({
    id: item.id,
    release_id: releaseId,
    component_ref: item.componentRef,
    title: item.title,
    category: item.category,
    required: item.required,
    assignee: item.assignee,
    state: 'open',
    note: null,
    evidence_url: null,
    done_by: null,
    done_at: null,
    source: item.source,
    position: firstPosition + i,
    created_at: at,
    updated_at: at,
  }));
  if (rows.length) {
    await tx.batchInsert(TABLES.items, rows, CHUNK);
  }
}

export async function insertActivity(
  tx: Knex.Transaction,
  releaseId: string,
  actor: string,
  at: number,
  entries: ActivityInput[],
): Promise<void> {
  const rows: Omit<ActivityRow, 'id'>[] = entries.map(entry => ({
    release_id: releaseId,
    action: entry.action,
    actor,
    at,
    summary: entry.summary.slice(0, 500),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  }));
  if (rows.length) {
    await tx.batchInsert(TABLES.activity, rows, CHUNK);
  }
}
