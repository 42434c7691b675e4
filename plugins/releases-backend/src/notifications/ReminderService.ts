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
 * task twice, or on two replicas at once, sends it once; it is marked delivered once sent. A claim
 * left undelivered for `retryAfterMs` (the replica died before sending, or the notifications
 * backend refused it) is taken over by a later run: reminders go at least once, and a second copy
 * needs a replica to die between sending and marking.
 */
export class ReminderService {
  constructor(
    private readonly store: ReminderStore,
    private readonly notifications: NotificationService,
    private readonly logger: LoggerService,
    private readonly options: {
      leadMs: number;
      retryAfterMs: number;
      now?: () => number;
    },
  ) {}

  async run(): Promise<{ itemReminders: number; notReady: number }> {
    const now = this.options.now?.() ?? Date.now();
    const run: Run = {
      now,
      retryBefore: now - this.options.retryAfterMs,
      retried: 0,
    };
    const itemReminders = await this.remindAssignees(run);
    const notReady = await this.tellOwnersNotReady(run);
    if (itemReminders || notReady) {
      this.logger.info(
        `Sent reminders for ${itemReminders} item(s) and ${notReady} unready release(s)${
          run.retried
            ? `; ${run.retried} of them claimed by an earlier run that did not confirm sending`
            : ''
        }`,
      );
    }
    return { itemReminders, notReady };
  }

  /** One notification per release and assignee, listing its open required items. */
  private async remindAssignees(run: Run): Promise<number> {
    const due = await this.store.dueItems(
      run.now,
      this.options.leadMs,
      run.retryBefore,
    );
    const byRecipient = new Map<string, Array<DueItem & { retry: boolean }>>();
    for (const item of due) {
      const claimed = await this.claim(run, item, item.itemId);
      if (!claimed) continue;
      const key = `${item.releaseId}\n${item.assignee}`;
      byRecipient.set(key, [
        ...(byRecipient.get(key) ?? []),
        { ...item, retry: claimed === 'retry' },
      ]);
    }
    const claimed = [...byRecipient.values()].flat();
    if (claimed.length) {
      // Claimed and not yet sent: a replica that dies from here until they are marked leaves them
      // to a run after retryAfterMs (the task's timeout).
      this.logger.info(`Claimed ${claimed.length} reminder(s) to send`);
    }
    let reminded = 0;
    for (const items of byRecipient.values()) {
      const [first] = items;
      const sent = await this.send(first.assignee, {
        title: `${first.title} ${first.version}: ${items.length} required item(s) still open`,
        description: `The window starts ${new Date(
          first.windowStart,
        ).toISOString()}. Open: ${items.map(i => i.itemTitle).join('; ')}`,
        link: `/releases/${first.releaseId}`,
        scope: `reminder:${first.releaseId}:${first.windowStart}`,
      });
      if (!sent) continue;
      await this.store.markDelivered(
        first.releaseId,
        first.windowStart,
        items.map(i => i.itemId),
      );
      reminded += items.length;
      run.retried += items.filter(i => i.retry).length;
    }
    return reminded;
  }

  private async tellOwnersNotReady(run: Run): Promise<number> {
    let told = 0;
    for (const release of await this.store.startedUnready(
      run.now,
      run.retryBefore,
    )) {
      const claimed = await this.claim(run, release, NOT_READY_KEY);
      if (!claimed) continue;
      const sent = await this.send(release.owner, {
        title: `${release.title} ${release.version}: the window has started and it is not ready`,
        description: `${release.requiredOpen} required item(s) are still open.`,
        link: `/releases/${release.releaseId}`,
        scope: `not-ready:${release.releaseId}:${release.windowStart}`,
        severity: 'high',
      });
      if (!sent) continue;
      await this.store.markDelivered(release.releaseId, release.windowStart, [
        NOT_READY_KEY,
      ]);
      told += 1;
      if (claimed === 'retry') run.retried += 1;
    }
    return told;
  }

  private claim(
    run: Run,
    of: { releaseId: string; windowStart: number },
    itemKey: string,
  ) {
    return this.store.claim({
      releaseId: of.releaseId,
      itemKey,
      windowStart: of.windowStart,
      at: run.now,
      retryBefore: run.retryBefore,
    });
  }

  /** True once the notifications backend has taken the notification. */
  private async send(
    recipient: string,
    payload: {
      title: string;
      description: string;
      link: string;
      scope: string;
      severity?: 'high' | 'normal';
    },
  ): Promise<boolean> {
    try {
      await this.notifications.send({
        recipients: { type: 'entity', entityRef: recipient },
        payload: { ...payload, topic: 'Release readiness' },
      });
      return true;
    } catch (error) {
      // Claimed, not delivered: a run after retryAfterMs (the task's timeout) takes the claim over and sends it again.
      this.logger.warn(
        `Could not send a release reminder to ${recipient}; it will be tried again: ${error}`,
      );
      return false;
    }
  }
}

/** One run of the task: its clock, the age before which undelivered claims are taken over, and how many it sent again. */
interface Run {
  now: number;
  retryBefore: number;
  retried: number;
}
