import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** The search collator of releases (@releasekit/plugin-search-backend-module-releases). */
      releases?: {
        /**
         * When to index releases. By default every ten minutes, the first five seconds after the
         * backend starts, on each replica (`scope: local`, as the default Lunr engine's in-memory
         * index needs); with a shared engine (PostgreSQL, Elasticsearch, OpenSearch) set
         * `scope: global`.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * The path of a release's page in the portal, `:releaseId` standing for its id. Default
         * `/releases/:releaseId`.
         */
        locationTemplate?: string;
      };
    };
  };
}
