import type { SchedulerService } from '@backstage/backend-plugin-api';
import { type Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import type { ReminderService } from './ReminderService';

const DEFAULT_LEAD_TIME: HumanDuration = { hours: 24 };
const DEFAULT_FREQUENCY: HumanDuration = { minutes: 15 };
const TASK_TIMEOUT: HumanDuration = { minutes: 5 };
/** Longer than the task's timeout: a claim this old belongs to no run still going. */
const DEFAULT_RETRY_AFTER: HumanDuration = { minutes: 10 };

/** How long before a window starts assignees are reminded: `releases.reminders.leadTime`, default a day. */
export function readReminderLeadTime(config: Config): number {
  const key = 'releases.reminders.leadTime';
  return durationToMilliseconds(
    config.has(key)
      ? readDurationFromConfig(config, { key })
      : DEFAULT_LEAD_TIME,
  );
}

/**
 * How long a reminder claimed and not confirmed sent waits before a later run sends it again:
 * `releases.reminders.retryAfter`, default 10 minutes. Shorter than a run takes, it would send
 * reminders twice.
 */
export function readReminderRetryAfter(config: Config): number {
  const key = 'releases.reminders.retryAfter';
  return durationToMilliseconds(
    config.has(key)
      ? readDurationFromConfig(config, { key })
      : DEFAULT_RETRY_AFTER,
  );
}

/**
 * Runs the reminders on a schedule shared by all replicas: the scheduler's global scope lets one
 * replica at a time run it. No user is involved, so the task acts with the plugin's own authority
 * (it only reads the plugin's database and sends notifications).
 */
export async function scheduleReminders(options: {
  config: Config;
  scheduler: SchedulerService;
  reminders: ReminderService;
}): Promise<void> {
  const key = 'releases.reminders.frequency';
  if (options.config.getOptionalBoolean('releases.reminders.enabled') === false)
    return;
  await options.scheduler.scheduleTask({
    id: 'releases-reminders',
    scope: 'global',
    frequency: options.config.has(key)
      ? readDurationFromConfig(options.config, { key })
      : DEFAULT_FREQUENCY,
    timeout: TASK_TIMEOUT,
    initialDelay: { minutes: 1 },
    fn: async () => {
      await options.reminders.run();
    },
  });
}
