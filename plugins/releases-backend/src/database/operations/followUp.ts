import type { Knex } from 'knex';
import type {
  Decision,
  Incident,
  Outcome,
  OutcomeResult,
  ReadinessSummary,
} from '@releasekit/plugin-releases-common';
import { parseJson, toIso } from '../rows';
import type { NewDecision, NewOutcome, PendingActionItem } from '../types';
import { TABLES } from './tables';

interface DecisionRow {
  id: string;
  release_id: string;
  decision: Decision['decision'];
  rationale: string;
  attendees: string;
  decided_by: string;
  decided_at: number | string;
  readiness: string;
}

interface OutcomeRow {
  release_id: string;
  result: OutcomeResult;
  released_at: number | string;
  incidents: string;
  lessons_learned: string;
  recorded_by: string;
  recorded_at: number | string;
}

interface ActionItemRow {
  id: string;
  release_id: string;
  title: string;
  carry_forward: boolean | number;
  carried_into: string | null;
  position: number;
}

/** A release's decisions (oldest first) and outcome: two queries, run together. */
export async function readFollowUp(
  db: Knex,
  releaseId: string,
): Promise<{ decisions: Decision[]; outcome: Outcome | null }> {
  const [decisions, outcome, actionItems] = await Promise.all([
    db<DecisionRow>(TABLES.decisions)
      .where({ release_id: releaseId })
      .orderBy([
        { column: 'decided_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]),
    db<OutcomeRow>(TABLES.outcomes).where({ release_id: releaseId }).first(),
    db<ActionItemRow>(TABLES.actionItems)
      .where({ release_id: releaseId })
      .orderBy('position', 'asc'),
  ]);
  return {
    decisions: decisions.map(row => ({
      id: row.id,
      releaseId: row.release_id,
      decision: row.decision,
      rationale: row.rationale,
      attendees: parseJson<string[]>(row.attendees, []),
      decidedBy: row.decided_by,
      decidedAt: toIso(row.decided_at),
      readiness: parseJson<ReadinessSummary>(row.readiness, {
        ready: false,
        percent: 0,
        total: 0,
        settled: 0,
        requiredOpen: 0,
      }),
    })),
    outcome: outcome
      ? {
          result: outcome.result,
          releasedAt: toIso(outcome.released_at),
          incidents: parseJson<Incident[]>(outcome.incidents, []),
          lessonsLearned: outcome.lessons_learned,
          actionItems: actionItems.map(a => ({
            title: a.title,
            carryForward: Boolean(a.carry_forward),
          })),
          recordedBy: outcome.recorded_by,
          recordedAt: toIso(outcome.recorded_at),
        }
      : null,
  };
}

export async function insertDecision(
  tx: Knex.Transaction,
  releaseId: string,
  decision: NewDecision,
  actor: string,
  at: number,
): Promise<void> {
  await tx<DecisionRow>(TABLES.decisions).insert({
    id: decision.id,
    release_id: releaseId,
    decision: decision.decision,
    rationale: decision.rationale,
    attendees: JSON.stringify(decision.attendees),
    decided_by: actor,
    decided_at: at,
    readiness: JSON.stringify(decision.readiness),
  });
}

/** Writes the outcome, replacing an earlier one and its action items not yet carried anywhere. */
export async function upsertOutcome(
  tx: Knex.Transaction,
  releaseId: string,
  outcome: NewOutcome,
  actor: string,
  at: number,
): Promise<void> {
  await tx(TABLES.outcomes).where({ release_id: releaseId }).delete();
  await tx<OutcomeRow>(TABLES.outcomes).insert({
    release_id: releaseId,
    result: outcome.result,
    released_at: outcome.releasedAt,
    incidents: JSON.stringify(outcome.incidents),
    lessons_learned: outcome.lessonsLearned,
    recorded_by: actor,
    recorded_at: at,
  });
  await tx(TABLES.actionItems).where({ release_id: releaseId }).delete();
  if (outcome.actionItems.length) {
    await tx.batchInsert(
      TABLES.actionItems,
      outcome.actionItems.map((item, position) => ({
        id: item.id,
        release_id: releaseId,
        title: item.title,
        carry_forward: item.carryForward,
        carried_into: null,
        position,
      })),
      50,
    );
  }
}

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
