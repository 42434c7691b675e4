import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  type RootConfigService,
  type SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

export const SCHEDULE_CONFIG_KEY = 'search.collators.releases.schedule';

/**
 * Every ten minutes, the first a few seconds after the backend starts. On each replica (`local`):
 * the default engine, Lunr, keeps its index in the memory of each backend, which must build its own
 * (and at once after a restart, where a `global` task would wait for its next turn). With an engine
 * that shares its index (PostgreSQL, Elasticsearch or OpenSearch), configure `scope: global`.
 */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 5 },
  scope: 'local',
};

/** The schedule of `search.collators.releases.schedule`, or the default one. */
export function readCollatorSchedule(
  config: RootConfigService,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(SCHEDULE_CONFIG_KEY)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(SCHEDULE_CONFIG_KEY),
      )
    : DEFAULT_SCHEDULE;
}
