import type { Knex } from 'knex';
import type { FollowUpWrite, NewDecision } from '../../types';
import { TABLES } from '../tables';
import type { DecisionRow } from './followUpRows';

export async function insertDecision(
  tx: Knex.Transaction,
  { releaseId, decision, actor, at }: FollowUpWrite<{ decision: NewDecision }>,
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
    override_reason: decision.overrideReason,
  });
}
