import type { SchedulerService } from '@backstage/backend-plugin-api';
import { type Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';
import type { ReminderService } from './ReminderService';

const DEFAULT_LEAD_TIME: HumanDuration = { hours: 24 };
const DEFAULT_FREQUENCY: HumanDuration = { minutes: 15 };
const DEFAULT_TIMEOUT: HumanDuration = { minutes: 5 };

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
 * How long a reminder run may take: `releases.reminders.timeout`, default 5 minutes. The scheduler
 * frees the task from a replica that died running it after this long, and a later run sends again
 * what such a run claimed and did not confirm sent (ReminderService's retryAfterMs).
 */
export function readReminderTimeout(config: Config): number {
  return durationToMilliseconds(readTimeout(config));
}

function readTimeout(config: Config): HumanDuration {
  const key = 'releases.reminders.timeout';
  return config.has(key)
    ? readDurationFromConfig(config, { key })
    : DEFAULT_TIMEOUT;
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
    timeout: readTimeout(options.config),
    initialDelay: { minutes: 1 },
    fn: async () => {
      await options.reminders.run();
    },
  });
}
