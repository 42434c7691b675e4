import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import {
  allowedTransitions,
  canTransition,
  computeReadiness,
  findConflicts,
  STATUS_LABELS,
  type Decision,
  type Release,
} from '@releasekit/plugin-releases-common';
import type {
  ActivityInput,
  ReleaseFields,
  StoredRelease,
  StoredReleaseWithChecklist,
} from '../database/types';
import { actorOf } from './actor';
import type { TransitionRequest } from '../schema/openapi';
import type { LifecycleService } from './LifecycleService';
import { ReleaseServiceBase } from './ReleaseServiceBase';

/** The status lifecycle: which transitions are allowed, and what starting or scheduling needs. */
export class DefaultLifecycleService
  extends ReleaseServiceBase
  implements LifecycleService
{
  async transition(
    id: string,
    input: TransitionRequest,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const current = await this.load(id);
    if (!canTransition(current.status, input.to)) {
      const allowed = allowedTransitions(current.status);
      throw new ConflictError(
        `A release that is ${current.status} cannot move to ${input.to}; ${
          allowed.length
            ? `allowed: ${allowed.join(', ')}`
            : 'it is closed and cannot change status'
        }`,
      );
    }
    if (input.override && !input.reason?.trim()) {
      throw new InputError('reason: an override needs a reason');
    }
    const activity: ActivityInput[] = [];
    if (input.to === 'in_progress') {
      const blocker = this.startBlocker(current);
      if (blocker) {
        if (!input.override) {
          throw new ConflictError(
            `Not ready to start: ${blocker}. Record a go decision, settle the items, or start with override and a reason.`,
          );
        }
        activity.push({
          action: 'release.override',
          summary: `Started although ${blocker}: ${input.reason}`,
          after: { reason: input.reason, blocker },
        });
      }
    }
    if (
      (input.to === 'planned' || input.to === 'in_progress') &&
      this.freezes
    ) {
      const frozen = await this.freezeConflicts(current);
      if (frozen.length && !input.override) {
        throw new ConflictError(
          `${frozen
            .map(c => c.message)
            .join(
              '; ',
            )}. Move the window, or go ahead with override and a reason.`,
        );
      }
      if (frozen.length) {
        activity.push({
          action: 'release.freeze_override',
          summary: `Went ahead despite ${frozen.length} freeze window(s): ${input.reason}`,
          after: { reason: input.reason, freezes: frozen.map(c => c.freezeId) },
        });
      }
    }
    const at = this.now();
    const fields: ReleaseFields = { status: input.to };
    if (input.to === 'planned' && current.plannedAt === null) {
      fields.plannedAt = at;
    }
    // Recorded last, so that the timeline (newest first) shows the change above its override.
    activity.push({
      action: 'release.status_changed',
      summary: `${STATUS_LABELS[current.status]} → ${STATUS_LABELS[input.to]}${
        input.reason ? `: ${input.reason}` : ''
      }`,
      before: { status: current.status },
      after: {
        status: input.to,
        ...(input.reason ? { reason: input.reason } : {}),
      },
    });
    await this.store.applyChange({
      releaseId: id,
      // Without a client revision, the decision above was made on `current`: hold the write to it.
      expectedRevision: input.revision ?? current.revision,
      actor: actorOf(credentials),
      at,
      fields,
      activity,
    });
    return this.changed(
      id,
      input.to === 'planned'
        ? { kind: 'planned' }
        : { kind: 'status_changed', from: current.status, to: input.to },
      credentials,
    );
  }

  /**
   * Why a release may not start, or undefined when it may: starting needs the latest go/no-go
   * decision to be go, or (without any decision) every required item settled.
   */
  private startBlocker(
    release: StoredReleaseWithChecklist,
  ): string | undefined {
    const latest: Decision | undefined =
      release.decisions[release.decisions.length - 1];
    if (latest?.decision === 'go') return undefined;
    if (latest?.decision === 'no_go') {
      return `the last go/no-go decision (${latest.decidedAt}) was no-go`;
    }
    const readiness = computeReadiness(
      release.components.map(c => c.entityRef),
      release.checklist,
    );
    return readiness.ready
      ? undefined
      : `${readiness.requiredOpen} required item(s) are still open and no go decision is recorded`;
  }

  /** The freezes the release's window falls in, for its components, systems or owners. */
  private async freezeConflicts(release: StoredRelease) {
    const occurrences = await this.freezes!.occurrences(
      Date.parse(release.windowStart),
      Date.parse(release.windowEnd),
    );
    return findConflicts({
      // Checked as if active: the point is whether it may become so.
      releases: [{ ...release, status: 'planned' }],
      freezes: occurrences,
    });
  }
}
