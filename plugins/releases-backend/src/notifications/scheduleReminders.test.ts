import type {
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import type { ReminderService } from './ReminderService';
import { readReminderTimeout, scheduleReminders } from './scheduleReminders';

async function scheduled(releases: object) {
  const tasks: SchedulerServiceTaskScheduleDefinition[] = [];
  const scheduler = {
    scheduleTask: async (task: SchedulerServiceTaskScheduleDefinition) =>
      void tasks.push(task),
  } as unknown as SchedulerService;
  const config = new ConfigReader({ releases });
  await scheduleReminders({
    config,
    scheduler,
    reminders: {} as ReminderService,
  });
  return { tasks, retryAfterMs: readReminderTimeout(config) };
}

describe('scheduleReminders', () => {
  it('gives the task a 5 minute timeout, after which claims left unsent are sent again', async () => {
    const { tasks, retryAfterMs } = await scheduled({});
    expect(tasks).toMatchObject([
      {
        id: 'releases-reminders',
        scope: 'global',
        frequency: { minutes: 15 },
        timeout: { minutes: 5 },
      },
    ]);
    expect(retryAfterMs).toBe(300_000);
  });

  it('takes the timeout from releases.reminders.timeout for both', async () => {
    const { tasks, retryAfterMs } = await scheduled({
      reminders: { frequency: { seconds: 10 }, timeout: '20s' },
    });
    expect(tasks[0].frequency).toEqual({ seconds: 10 });
    expect(tasks[0].timeout).toEqual({ seconds: 20 });
    expect(retryAfterMs).toBe(20_000);
  });

  it('schedules nothing when reminders are disabled', async () => {
    expect((await scheduled({ reminders: { enabled: false } })).tasks).toEqual(
      [],
    );
  });
});
