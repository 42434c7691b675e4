import type { Knex } from 'knex';
import type {
  Decision,
  Incident,
  Outcome,
  ReadinessSummary,
} from '@releasekit/plugin-releases-common';
import { parseJson, toIso } from '../../rows';
import { TABLES } from '../tables';
import type { ActionItemRow, DecisionRow, OutcomeRow } from './followUpRows';

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
      overrideReason: row.override_reason ?? null,
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
