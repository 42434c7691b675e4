import {
  statusAfterOutcome,
  type Decision,
  type Release,
} from '@releasekit/plugin-releases-common';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { errorResponse, RELEASES_BASE_URL } from './apis';
import { HeldRelease, releaseReadHandlers } from './releaseBackend';

/** Decisions are taken on planned or in-progress releases (FollowUpService). */
function decisionHandler(held: HeldRelease, bodies: any[]) {
  return http.post(
    `${RELEASES_BASE_URL}/releases/:id/decisions`,
    async ({ request }) => {
      const body = (await request.json()) as any;
      bodies.push(body);
      const { current } = held;
      if (current.status !== 'planned' && current.status !== 'in_progress') {
        return errorResponse(
          409,
          'ConflictError',
          `Go/no-go decisions are taken on planned or in-progress releases; this one is ${current.status}`,
        );
      }
      const { ready, percent, total, settled, requiredOpen } =
        current.readiness;
      const decision: Decision = {
        id: `decision-${current.decisions.length + 1}`,
        releaseId: current.id,
        decision: body.decision,
        rationale: body.rationale,
        attendees: body.attendees ?? [],
        decidedBy: 'user:default/jane',
        decidedAt: new Date().toISOString(),
        readiness: { ready, percent, total, settled, requiredOpen },
        overrideReason: body.overrideReason ?? null,
      };
      held.change({ decisions: [...current.decisions, decision] });
      return HttpResponse.json(decision, { status: 201 });
    },
  );
}

/** Outcomes are recorded on in-progress or finished releases, held to the revision sent. */
function outcomeHandler(held: HeldRelease, bodies: any[]) {
  return http.put(
    `${RELEASES_BASE_URL}/releases/:id/outcome`,
    async ({ request }) => {
      const body = (await request.json()) as any;
      bodies.push(body);
      const { current } = held;
      if (
        !['in_progress', 'released', 'rolled_back'].includes(current.status)
      ) {
        return errorResponse(
          409,
          'ConflictError',
          `An outcome is recorded for a release in progress or finished; this one is ${current.status}`,
        );
      }
      if (body.revision !== undefined && body.revision !== current.revision) {
        return errorResponse(
          409,
          'ConflictError',
          `Release ${current.id} was changed by someone else: you sent revision ${body.revision}, it is now at revision ${current.revision}. Reload it and apply your change again.`,
        );
      }
      held.change({
        status: statusAfterOutcome(body.result),
        outcome: {
          result: body.result,
          releasedAt: new Date(body.releasedAt).toISOString(),
          incidents: body.incidents ?? [],
          lessonsLearned: body.lessonsLearned ?? '',
          actionItems: body.actionItems ?? [],
          recordedBy: 'user:default/jane',
          recordedAt: new Date().toISOString(),
        },
      });
      return HttpResponse.json(held.current);
    },
  );
}

/** Starting needs a go decision, or every required item settled (LifecycleService). */
function transitionHandler(held: HeldRelease, bodies: any[]) {
  return http.post(
    `${RELEASES_BASE_URL}/releases/:id/transitions`,
    async ({ request }) => {
      const body = (await request.json()) as any;
      bodies.push(body);
      const { current } = held;
      if (body.to === 'in_progress' && !body.override) {
        const latest = current.decisions[current.decisions.length - 1];
        const blocked =
          latest?.decision === 'no_go' || (!latest && !current.readiness.ready);
        if (blocked) {
          return errorResponse(
            409,
            'ConflictError',
            'Not ready to start: no go decision is recorded. Record a go decision, settle the items, or start with override and a reason.',
          );
        }
      }
      held.change({ status: body.to });
      return HttpResponse.json(held.current);
    },
  );
}

/**
 * A small in-memory backend for one release's follow-up, following the OpenAPI spec and the rules
 * of FollowUpService and LifecycleService: decisions on planned or in-progress releases, outcomes
 * on in-progress or finished ones (held to the revision sent), and starting only after a go
 * decision or with every required item settled.
 */
export function serveFollowUpRelease(server: SetupServer, initial: Release) {
  const held = new HeldRelease(initial);
  const decisionBodies: any[] = [];
  const outcomeBodies: any[] = [];
  const transitions: any[] = [];
  server.use(
    ...releaseReadHandlers(held),
    decisionHandler(held, decisionBodies),
    outcomeHandler(held, outcomeBodies),
    transitionHandler(held, transitions),
  );
  return {
    decisionBodies,
    outcomeBodies,
    transitions,
    current: () => held.current,
    releaseReads: () => held.reads,
    /** Someone else changes the release meanwhile. */
    bumpRevision: () => held.change({}),
  };
}
