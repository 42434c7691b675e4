import type { Knex } from 'knex';
import type { FollowUpWrite, NewOutcome } from '../../types';
import { TABLES } from '../tables';
import type { OutcomeRow } from './followUpRows';

/** Writes the outcome, replacing an earlier one and its action items not yet carried anywhere. */
export async function upsertOutcome(
  tx: Knex.Transaction,
  { releaseId, outcome, actor, at }: FollowUpWrite<{ outcome: NewOutcome }>,
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
