import type { Knex } from 'knex';
import type {
  ActivityRow,
  ChecklistItemRow,
  ReleaseComponentRow,
} from '../rows';
import type { NewChecklistItem, ReleaseWrite, StoredComponent } from '../types';
import { storedResultsForItems } from './checks/storedResultsForItems';
import { TABLES } from './tables';

/*
 * Row writers shared by the write operations; each runs inside the caller's transaction.
 * Inserts are chunked: SQLite allows at most 999 bound variables in one statement.
 */
const CHUNK = 50;

/**
 * Plain INSERTs of at most CHUNK rows each, one statement per chunk. Unlike knex's batchInsert this
 * opens no nested transaction (a SAVEPOINT and its release around every call): the caller's
 * transaction already makes the write all or nothing.
 */
export async function insertChunked(
  tx: Knex.Transaction,
  table: string,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx(table).insert(rows.slice(i, i + CHUNK));
  }
}

/**
 * Component rows carry their release's window start (the entity list reads them in that order), so
 * the caller passes the window the release has in this transaction.
 */
export async function insertComponents(
  tx: Knex.Transaction,
  {
    releaseId,
    components,
    firstPosition,
    windowStart,
  }: {
    releaseId: string;
    components: StoredComponent[];
    firstPosition: number;
    windowStart: number;
  },
): Promise<void> {
  const rows: ReleaseComponentRow[] = components.map((c, i) => ({
    release_id: releaseId,
    entity_ref: c.entityRef,
    owner_ref: c.ownerRef,
    system_ref: c.systemRef,
    position: firstPosition + i,
    window_start: windowStart,
  }));
  await insertChunked(tx, TABLES.components, rows);
}

export async function insertItems(
  tx: Knex.Transaction,
  {
    releaseId,
    items,
    firstPosition,
    at,
  }: {
    releaseId: string;
    items: NewChecklistItem[];
    firstPosition: number;
    at: number;
  },
): Promise<void> {
  const known = await storedResultsForItems(tx, releaseId, items);
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
    check: item.check ?? null,
    position: firstPosition + i,
    created_at: at,
    updated_at: at,
    ...known.get(item.id),
  }));
  await insertChunked(tx, TABLES.items, rows);
}

/** The activity rows of a write to a release. */
export function activityRowsOf({
  releaseId,
  actor,
  at,
  activity,
}: ReleaseWrite & { releaseId: string }): Omit<ActivityRow, 'id'>[] {
  return activity.map(entry => ({
    release_id: releaseId,
    action: entry.action,
    actor,
    at,
    summary: entry.summary.slice(0, 500),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  }));
}

export async function insertActivity(
  tx: Knex.Transaction,
  write: ReleaseWrite & { releaseId: string },
): Promise<void> {
  await insertChunked(tx, TABLES.activity, activityRowsOf(write));
}
