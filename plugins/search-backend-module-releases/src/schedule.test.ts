import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_SCHEDULE, readCollatorSchedule } from './schedule';

describe('readCollatorSchedule', () => {
  it('indexes every ten minutes on each replica, the first time a few seconds after start', () => {
    const schedule = readCollatorSchedule(mockServices.rootConfig());
    expect(schedule).toBe(DEFAULT_SCHEDULE);
    expect(schedule).toMatchObject({
      frequency: { minutes: 10 },
      initialDelay: { seconds: 5 },
      scope: 'local',
    });
  });

  it('takes search.collators.releases.schedule when configured', () => {
    const config = mockServices.rootConfig({
      data: {
        search: {
          collators: {
            releases: {
              schedule: {
                frequency: { cron: '*/30 * * * *' },
                timeout: 'PT5M',
                scope: 'global',
              },
            },
          },
        },
      },
    });
    expect(readCollatorSchedule(config)).toEqual({
      frequency: { cron: '*/30 * * * *' },
      timeout: { minutes: 5 },
      scope: 'global',
    });
  });
});
