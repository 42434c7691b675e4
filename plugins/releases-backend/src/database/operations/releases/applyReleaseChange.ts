import { NotFoundError } from '@backstage/errors';
import type { Knex } from 'knex';
import type { ChecklistItemRow, ReleaseRow } from '../../rows';
import { staleRevisionError } from '../../staleRevision';
import type {
  ChecklistItemFields,
  ReleaseChange,
  ReleaseFields,
} from '../../types';
import { insertDecision } from '../followUp/insertDecision';
import { upsertOutcome } from '../followUp/upsertOutcome';
import { refreshReadinessSummary } from '../metrics/refreshReadinessSummary';
import { TABLES } from '../tables';
import {
  activityRowsOf,
  insertActivity,
  insertComponents,
  insertItems,
} from '../writeRows';
import {
  chunkedInserts,
  writeAllOrNothing,
  writesTogether,
} from '../writeTogether';

function releaseColumns(fields: ReleaseFields): Partial<ReleaseRow> {
  const columns: Partial<ReleaseRow> = {};
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.version !== undefined) columns.version = fields.version;
  if (fields.description !== undefined)
    columns.description = fields.description;
  if (fields.risks !== undefined) columns.risks = JSON.stringify(fields.risks);
  if (fields.owner !== undefined) columns.owner = fields.owner;
  if (fields.stakeholders !== undefined)
    columns.stakeholders = JSON.stringify(fields.stakeholders);
  if (fields.status !== undefined) columns.status = fields.status;
  if (fields.windowStart !== undefined)
    columns.window_start = fields.windowStart;
  if (fields.windowEnd !== undefined) columns.window_end = fields.windowEnd;
  if (fields.plannedAt !== undefined) columns.planned_at = fields.plannedAt;
  return columns;
}

function itemColumns(fields: ChecklistItemFields): Partial<ChecklistItemRow> {
  const columns: Partial<ChecklistItemRow> = {};
  if (fields.state !== undefined) columns.state = fields.state;
  if (fields.note !== undefined) columns.note = fields.note;
  if (fields.evidenceUrl !== undefined)
    columns.evidence_url = fields.evidenceUrl;
  if (fields.doneBy !== undefined) columns.done_by = fields.doneBy;
  if (fields.doneAt !== undefined) columns.done_at = fields.doneAt;
  return columns;
}

/** Removed since it was read: nothing of this change is kept. */
const missingItem = (change: ReleaseChange, id: string) =>
  new NotFoundError(`No checklist item ${id} in release ${change.releaseId}`);

/** A change of fields and items only: its writes can go together (see {@link writeAllOrNothing}). */
const isPlainEdit = (change: ReleaseChange) =>
  !change.removeComponents?.length &&
  !change.removeItemIds?.length &&
  !change.addComponents?.length &&
  !change.addItems?.length &&
  !change.addDecision &&
  !change.setOutcome;

/**
 * Whether the change can move the readiness an outcome row keeps for the metrics: a new outcome, or
 * items added, removed or settled (their state or done_at). Notes and evidence leave it alone.
 */
const changesReadiness = (change: ReleaseChange) =>
  Boolean(change.setOutcome) ||
  Boolean(change.addItems?.length) ||
  Boolean(change.removeItemIds?.length) ||
  (change.updateItems ?? []).some(
    ({ fields }) => fields.state !== undefined || fields.doneAt !== undefined,
  );

/**
 * Applies one write to a release in one transaction. Returns the new revision when the change was
 * conditional (`expectedRevision` set); an unconditional change does not read it back.
 *
 * The revision bump is conditional (`WHERE revision = ?`), so of two writers holding the same
 * revision exactly one updates a row; the other sees zero rows updated and gets a 409 with nothing
 * written (its transaction rolls back). This needs no row locks and behaves the same on all three
 * databases. The current revision is only read when the bump updated nothing, to tell a missing
 * release (404) from a stale revision (409). On PostgreSQL a plain edit (a tick, say) sends the
 * bump, the item updates and the activity as one statement, atomic on its own, that keeps nothing
 * unless the bump and every item update wrote their row: one round trip instead of BEGIN, the
 * writes and COMMIT. Elsewhere a refused bump stops the transaction before anything else is written.
 */
export async function applyReleaseChange(
  db: Knex,
  change: ReleaseChange,
): Promise<number | undefined> {
  const revision =
    change.expectedRevision === undefined
      ? undefined
      : change.expectedRevision + 1;
  if (isPlainEdit(change) && writesTogether(db)) {
    const items = itemUpdates(db, change);
    // The readiness an outcome row keeps for the metrics, refreshed in the statement, reads the
    // items as they were before it: so it must find no outcome row (an open release, the only kind
    // whose checklist the services change). A release with an outcome takes the transaction below.
    const readiness = changesReadiness(change)
      ? [{ write: refreshReadinessSummary(db, [change.releaseId]), expect: 0 }]
      : [];
    const written = await writeAllOrNothing(db, [
      { write: revisionBump(db, change), expect: 1 },
      ...items.map(({ write }) => ({ write, expect: 1 })),
      ...readiness,
      ...componentWindowUpdate(db, change),
      ...chunkedInserts(db, TABLES.activity, activityRowsOf(change)),
    ]);
    if (written) return revision;
    await refuseUnwritten(db, change);
  }
  return db.transaction(async tx => {
    if ((await revisionBump(tx, change)) === 0) {
      await refuseUnbumped(tx, change);
    }
    for (const { write } of componentWindowUpdate(tx, change)) await write;
    await applyStructuralChange(tx, change);
    for (const { write, id } of itemUpdates(tx, change)) {
      if ((await write) === 0) throw missingItem(change, id);
    }
    if (change.addDecision) {
      await insertDecision(tx, { ...change, decision: change.addDecision });
    }
    if (change.setOutcome) {
      await upsertOutcome(tx, { ...change, outcome: change.setOutcome });
    }
    if (changesReadiness(change)) {
      await refreshReadinessSummary(tx, [change.releaseId]);
    }
    await insertActivity(tx, change);
    return revision;
  });
}

/** The change's fields and the revision bump, conditional on the expected revision when there is one. */
function revisionBump(db: Knex, change: ReleaseChange) {
  const bump = db<ReleaseRow>(TABLES.releases)
    .where({ id: change.releaseId })
    .update({
      ...releaseColumns(change.fields ?? {}),
      revision: db.raw('revision + 1') as unknown as number,
      updated_at: change.at,
      updated_by: change.actor,
    });
  if (change.expectedRevision !== undefined) {
    bump.andWhere('revision', change.expectedRevision);
  }
  return bump;
}

/** One UPDATE per item the change edits, each limited to the change's release. */
function itemUpdates(tx: Knex, change: ReleaseChange) {
  return (change.updateItems ?? []).map(({ id, fields }) => ({
    id,
    write: tx<ChecklistItemRow>(TABLES.items)
      .where({ release_id: change.releaseId, id })
      .update({ ...itemColumns(fields), updated_at: change.at }),
  }));
}

/**
 * The one-statement edit was refused, so nothing of it was kept: throws for a missing or stale
 * release (as {@link refuseUnbumped}) or an item removed since it was read, and returns otherwise.
 */
async function refuseUnwritten(db: Knex, change: ReleaseChange): Promise<void> {
  const ids = (change.updateItems ?? []).map(({ id }) => id);
  const [release, items] = await Promise.all([
    db<ReleaseRow>(TABLES.releases)
      .where({ id: change.releaseId })
      .first('revision'),
    db<ChecklistItemRow>(TABLES.items)
      .where({ release_id: change.releaseId })
      .whereIn('id', ids)
      .select('id'),
  ]);
  if (
    !release ||
    (change.expectedRevision !== undefined &&
      Number(release.revision) !== change.expectedRevision)
  ) {
    await refuseUnbumped(db, change, release);
  }
  const missing = ids.find(id => !items.some(item => item.id === id));
  if (missing) throw missingItem(change, missing);
  // Everything is there: the release has an outcome whose readiness the edit moves. The caller
  // applies the edit in a transaction, which checks the revision again.
}

/**
 * The copy of the window start on the release's component rows (see insertComponents), moved with
 * the window: nothing when the change leaves the window start alone.
 */
function componentWindowUpdate(tx: Knex, change: ReleaseChange) {
  const windowStart = change.fields?.windowStart;
  if (windowStart === undefined) return [];
  return [
    {
      write: tx(TABLES.components)
        .where({ release_id: change.releaseId })
        .update({ window_start: windowStart }),
    },
  ];
}

/** The bump updated nothing: a missing release (404) or, with an expected revision, a stale one (409). */
async function refuseUnbumped(
  db: Knex,
  change: ReleaseChange,
  read?: { revision: number | string },
): Promise<never> {
  const expected = change.expectedRevision;
  const current =
    expected === undefined
      ? undefined
      : read ??
        (await db<ReleaseRow>(TABLES.releases)
          .where({ id: change.releaseId })
          .first('revision'));
  if (expected === undefined || !current) {
    throw new NotFoundError(`No release with id ${change.releaseId}`);
  }
  throw staleRevisionError(
    change.releaseId,
    expected,
    Number(current.revision),
  );
}

/** The release's window start as this change leaves it: the change's own, or the stored one. */
async function windowStartOf(
  tx: Knex.Transaction,
  change: ReleaseChange,
): Promise<number> {
  if (change.fields?.windowStart !== undefined)
    return change.fields.windowStart;
  const row = await tx<ReleaseRow>(TABLES.releases)
    .where({ id: change.releaseId })
    .first('window_start');
  return Number(row!.window_start);
}

/** Components and items removed and added, new ones after the current last position. */
async function applyStructuralChange(
  tx: Knex.Transaction,
  change: ReleaseChange,
): Promise<void> {
  if (change.removeComponents?.length) {
    await tx(TABLES.components)
      .where({ release_id: change.releaseId })
      .whereIn('entity_ref', change.removeComponents)
      .delete();
  }
  if (change.removeItemIds?.length) {
    await tx(TABLES.items)
      .where({ release_id: change.releaseId })
      .whereIn('id', change.removeItemIds)
      .delete();
  }
  if (change.addComponents?.length) {
    const { max } = (await tx(TABLES.components)
      .where({ release_id: change.releaseId })
      .max({ max: 'position' })
      .first()) as { max: number | string | null };
    await insertComponents(tx, {
      releaseId: change.releaseId,
      components: change.addComponents,
      firstPosition: max === null ? 0 : Number(max) + 1,
      windowStart: await windowStartOf(tx, change),
    });
  }
  if (change.addItems?.length) {
    const { max } = (await tx(TABLES.items)
      .where({ release_id: change.releaseId })
      .max({ max: 'position' })
      .first()) as { max: number | string | null };
    await insertItems(tx, {
      releaseId: change.releaseId,
      items: change.addItems,
      firstPosition: max === null ? 0 : Number(max) + 1,
      at: change.at,
    });
  }
}
