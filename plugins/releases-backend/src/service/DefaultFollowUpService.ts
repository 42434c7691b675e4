import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import {
  computeReadiness,
  statusAfterOutcome,
  STATUS_LABELS,
  type Decision,
  type Release,
  type ReleaseMetrics,
} from '@releasekit/plugin-releases-common';
import { randomUUID } from 'node:crypto';
import type { ReleaseFields } from '../database/types';
import { actorOf } from './actor';
import { normalizeEntityRef, normalizeEntityRefs } from './entityRefs';
import type { DecisionRequest, OutcomeRequest } from '../schema/openapi';
import type { FollowUpService, MetricsQuery } from './FollowUpService';
import type { ReadOptions } from './ReleaseService';
import { requiredText, withRequiredTitles } from './text';
import { overrideOfFailedChecks } from './decisionOverride';
import { PARTY_KINDS, ReleaseServiceBase } from './ReleaseServiceBase';
import { parseTimestamp } from './windows';

/** Follow-up: go/no-go decisions, outcomes and retrospectives, and release metrics. */
export class DefaultFollowUpService
  extends ReleaseServiceBase
  implements FollowUpService
{
  async recordDecision(
    id: string,
    input: DecisionRequest,
    credentials: BackstageCredentials,
  ): Promise<Decision> {
    const rationale = requiredText(input.rationale, 'rationale');
    const current = await this.load(id);
    if (current.status !== 'planned' && current.status !== 'in_progress') {
      throw new ConflictError(
        `Go/no-go decisions are taken on planned or in-progress releases; this one is ${current.status}`,
      );
    }
    const attendees = normalizeEntityRefs(
      input.attendees ?? [],
      'attendees',
      PARTY_KINDS,
    );
    const override =
      input.decision === 'go'
        ? overrideOfFailedChecks(current.failedChecks, input.overrideReason)
        : undefined;
    if (attendees.length) {
      await this.catalog.describe(
        { components: [], parties: attendees },
        credentials,
      );
    }
    const readiness = computeReadiness(
      current.components.map(c => c.entityRef),
      current.checklist,
    );
    const decisionId = randomUUID();
    await this.store.applyChange({
      releaseId: id,
      actor: actorOf(credentials),
      at: this.now(),
      addDecision: {
        id: decisionId,
        decision: input.decision,
        rationale,
        attendees,
        readiness: {
          ready: readiness.ready,
          percent: readiness.percent,
          total: readiness.total,
          settled: readiness.settled,
          requiredOpen: readiness.requiredOpen,
        },
        overrideReason: override?.reason ?? null,
      },
      activity: [
        {
          action: 'release.decision_recorded',
          summary: `${input.decision === 'go' ? 'Go' : 'No-go'} at ${
            readiness.percent
          }% ready${override ? `, ${override.summary}` : ''}: ${rationale}`,
          after: {
            decision: input.decision,
            attendees,
            ...(override && {
              overrideReason: override.reason,
              overriddenChecks: override.checks,
            }),
          },
        },
      ],
    });
    const release = await this.changed(
      id,
      {
        kind: 'decision',
        decision: input.decision,
        rationale,
      },
      credentials,
    );
    return release.decisions.find(d => d.id === decisionId)!;
  }

  /**
   * Records the outcome and retrospective. On an in-progress release it also finishes it: released,
   * or rolled back when the result says so. A finished release can have its outcome amended.
   */
  async recordOutcome(
    id: string,
    input: OutcomeRequest,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const incidents = withRequiredTitles(input.incidents ?? [], 'incidents');
    const actionItems = withRequiredTitles(
      input.actionItems ?? [],
      'actionItems',
    );
    const current = await this.load(id);
    if (!['in_progress', 'released', 'rolled_back'].includes(current.status)) {
      throw new ConflictError(
        `An outcome is recorded for a release in progress or finished; this one is ${current.status}`,
      );
    }
    const releasedAt = parseTimestamp(input.releasedAt, 'releasedAt');
    if (releasedAt > this.now() + 60_000) {
      throw new InputError('releasedAt: cannot be in the future');
    }
    // Lead times run from planning to release; one released before it was planned (or created, for
    // a release started without being planned) would show a negative lead time in the metrics.
    // People enter the time to the minute, so the minute of planning itself is accepted.
    const plannedAt = current.plannedAt ?? current.createdAt;
    if (releasedAt < Math.floor(Date.parse(plannedAt) / 60_000) * 60_000) {
      throw new InputError(
        `releasedAt: cannot be before the release was planned (${plannedAt})`,
      );
    }
    const status = statusAfterOutcome(input.result);
    const fields: ReleaseFields = status !== current.status ? { status } : {};
    await this.store.applyChange({
      releaseId: id,
      expectedRevision: input.revision ?? current.revision,
      actor: actorOf(credentials),
      at: this.now(),
      fields,
      setOutcome: {
        result: input.result,
        releasedAt,
        incidents,
        lessonsLearned: input.lessonsLearned ?? '',
        actionItems: actionItems.map(item => ({
          id: randomUUID(),
          title: item.title,
          carryForward: item.carryForward,
        })),
      },
      activity: [
        {
          action: current.outcome
            ? 'release.outcome_amended'
            : 'release.outcome_recorded',
          summary: `Outcome: ${input.result.replace('_', ' ')}${
            fields.status
              ? ` (${STATUS_LABELS[current.status]} → ${STATUS_LABELS[status]})`
              : ''
          }`,
          before: current.outcome,
          after: { result: input.result, releasedAt: input.releasedAt },
        },
      ],
    });
    return this.changed(
      id,
      { kind: 'outcome', result: input.result },
      credentials,
    );
  }

  async metrics(
    query: MetricsQuery,
    { readScope }: ReadOptions,
  ): Promise<ReleaseMetrics> {
    const to = query.to ? parseTimestamp(query.to, 'to') : this.now();
    // A year back by default: enough for a trend per month.
    const from = query.from
      ? parseTimestamp(query.from, 'from')
      : to - 365 * 86_400_000;
    if (to <= from) throw new InputError('to: must be after from');
    const result = await this.store.metrics({
      from,
      to,
      owner: query.owner ? normalizeEntityRef(query.owner, 'owner') : undefined,
      entityRef: query.entityRef
        ? normalizeEntityRef(query.entityRef, 'entityRef')
        : undefined,
      readScope,
    });
    return {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      ...result,
    };
  }
}
