import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  type DueItem,
  NOT_READY_KEY,
  type ReminderStore,
} from '../database/ReminderStore';

/**
 * Reminds assignees of open required items a configurable time before a release's window starts
 * (once per item per window), and tells the owner when a window starts while the release is not
 * ready (once per window). A reminder is claimed in the database before it is sent, so running the
 * task twice, or on two replicas at once, sends it once.
 */
export class ReminderService {
  constructor(
    private readonly store: ReminderStore,
    private readonly notifications: NotificationService,
    private readonly logger: LoggerService,
    private readonly options: { leadMs: number; now?: () => number },
  ) {}

  async run(): Promise<{ itemReminders: number; notReady: number }> {
    const now = this.options.now?.() ?? Date.now();
    let itemReminders = 0;
    let notReady = 0;

    const due = await this.store.dueItems(now, this.options.leadMs);
    const byRecipient = new Map<string, DueItem[]>();
    for (const item of due) {
      if (
        !(await this.store.claim({
          releaseId: item.releaseId,
          itemKey: item.itemId,
          windowStart: item.windowStart,
          at: now,
        }))
      )
        continue;
      const key = `${item.releaseId}\n${item.assignee}`;
      byRecipient.set(key, [...(byRecipient.get(key) ?? []), item]);
    }
    for (const items of byRecipient.values()) {
      const [first] = items;
      await this.send(first.assignee, {
        title: `${first.title} ${first.version}: ${items.length} required item(s) still open`,
        description: `The window starts ${new Date(
          first.windowStart,
        ).toISOString()}. Open: ${items.map(i => i.itemTitle).join('; ')}`,
        link: `/releases/${first.releaseId}`,
        scope: `reminder:${first.releaseId}:${first.windowStart}`,
      });
      itemReminders += items.length;
    }

    for (const release of await this.store.startedUnready(now)) {
      if (
        !(await this.store.claim({
          releaseId: release.releaseId,
          itemKey: NOT_READY_KEY,
          windowStart: release.windowStart,
          at: now,
        }))
      ) {
        continue;
      }
      await this.send(release.owner, {
        title: `${release.title} ${release.version}: the window has started and it is not ready`,
        description: `${release.requiredOpen} required item(s) are still open.`,
        link: `/releases/${release.releaseId}`,
        scope: `not-ready:${release.releaseId}:${release.windowStart}`,
        severity: 'high',
      });
      notReady += 1;
    }
    if (itemReminders || notReady) {
      this.logger.info(
        `Sent reminders for ${itemReminders} item(s) and ${notReady} unready release(s)`,
      );
    }
    return { itemReminders, notReady };
  }

  private async send(
    recipient: string,
    payload: {
      title: string;
      description: string;
      link: string;
      scope: string;
      severity?: 'high' | 'normal';
    },
  ) {
    try {
      await this.notifications.send({
        recipients: { type: 'entity', entityRef: recipient },
        payload: { ...payload, topic: 'Release readiness' },
      });
    } catch (error) {
      // Claimed but not delivered: logged rather than retried, so nobody is reminded twice.
      this.logger.warn(
        `Could not send a release reminder to ${recipient}: ${error}`,
      );
    }
  }
}
