import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  STATUS_LABELS,
  type DecisionVerdict,
  type OutcomeResult,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import type { StoredRelease } from '../database/types';

/** The changes people hear about. */
export type ReleaseEvent =
  | { kind: 'planned' }
  | { kind: 'window_moved'; shift: string }
  | { kind: 'status_changed'; from: ReleaseStatus; to: ReleaseStatus }
  | { kind: 'items_assigned'; components: string[] }
  | { kind: 'decision'; decision: DecisionVerdict; rationale: string }
  | { kind: 'outcome'; result: OutcomeResult }
  | { kind: 'execution_complete'; releasedAt: string }
  | {
      kind: 'deployment_failed';
      entityRef: string;
      version: string;
      status: 'failed' | 'rolled_back';
    };

/** Each kind of change updates one notification per release; each component's failure its own. */
function scopeOf(event: ReleaseEvent, release: StoredRelease): string {
  const scope = `release:${release.id}:${event.kind}`;
  return event.kind === 'deployment_failed'
    ? `${scope}:${event.entityRef}`
    : scope;
}

function isBadNews(event: ReleaseEvent): boolean {
  return (
    (event.kind === 'outcome' && event.result !== 'success') ||
    event.kind === 'deployment_failed'
  );
}

function describe(event: ReleaseEvent, release: StoredRelease) {
  const name = `${release.title} ${release.version}`;
  switch (event.kind) {
    case 'planned':
      return {
        title: `${name} is planned`,
        description: `Window ${release.windowStart} to ${release.windowEnd}. Check your components' readiness items.`,
      };
    case 'window_moved':
      return {
        title: `${name}: window moved`,
        description: `The window moved: ${event.shift}.`,
      };
    case 'status_changed':
      return {
        title: `${name}: ${STATUS_LABELS[event.to]}`,
        description: `${STATUS_LABELS[event.from]} → ${
          STATUS_LABELS[event.to]
        }.`,
      };
    case 'items_assigned':
      return {
        title: `${name}: readiness items for you`,
        description: `Checklist items were assigned to the owners of ${event.components.join(
          ', ',
        )}.`,
      };
    case 'decision':
      return {
        title: `${name}: ${event.decision === 'go' ? 'go' : 'no-go'}`,
        description: event.rationale,
      };
    case 'execution_complete':
      return {
        title: `${name} is deployed`,
        description: `Every component is deployed to production, the last at ${event.releasedAt}. Record the outcome: that time is offered as the release time.`,
      };
    case 'deployment_failed':
      return {
        title: `${name}: ${event.entityRef} ${
          event.status === 'failed' ? 'failed' : 'was rolled back'
        } in production`,
        description: `The production deployment of ${event.entityRef} ${
          event.version
        } ${
          event.status === 'failed' ? 'failed' : 'was rolled back'
        }. The runbook shows it; record a rolled-back outcome if the release is undone.`,
      };
    default:
      return {
        title: `${name}: outcome ${event.result.replace('_', ' ')}`,
        description: 'The outcome and retrospective were recorded.',
      };
  }
}

/**
 * Tells the release owner, the stakeholders and the owners of the components involved about a change,
 * through Backstage's notifications. Each kind of change has its own scope per release, so repeated
 * changes (a window moved three times) update one notification instead of piling up. Notifying is
 * best effort: a failure is logged and never undoes or fails the change itself.
 */
export class ReleaseNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly logger: LoggerService,
  ) {}

  /** Who hears about an event: owner, stakeholders and component owners, or for new items their owners. */
  static recipients(event: ReleaseEvent, release: StoredRelease): string[] {
    const componentOwners = release.components
      .filter(
        c =>
          event.kind !== 'items_assigned' ||
          event.components.includes(c.entityRef),
      )
      .map(c => c.ownerRef)
      .filter((r): r is string => !!r);
    const everyone =
      event.kind === 'items_assigned'
        ? componentOwners
        : [release.owner, ...release.stakeholders, ...componentOwners];
    return [...new Set(everyone)];
  }

  async notify(
    event: ReleaseEvent,
    release: StoredRelease,
    actor: string,
  ): Promise<void> {
    const recipients = ReleaseNotifier.recipients(event, release);
    if (recipients.length === 0) return;
    const { title, description } = describe(event, release);
    try {
      await this.notifications.send({
        recipients: {
          type: 'entity',
          entityRef: recipients,
          excludeEntityRef: actor,
        },
        payload: {
          title,
          description,
          link: `/releases/${release.id}`,
          topic: `${release.title} ${release.version}`,
          scope: scopeOf(event, release),
          severity: isBadNews(event) ? 'high' : 'normal',
        },
      });
    } catch (error) {
      this.logger.warn(
        `Could not notify about ${event.kind} of release ${release.id}: ${error}`,
      );
    }
  }
}
