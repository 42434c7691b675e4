import type {
  AuthService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { type Config, readDurationFromConfig } from '@backstage/config';
import type { ReleaseCheckProvider } from '@releasekit/plugin-releases-node';
import type { ComponentCatalog } from '../catalog/ComponentCatalog';
import type { CheckResultStore } from '../database/CheckResultStore';
import type { ReleaseStore } from '../database/ReleaseStore';
import { AuthorizedCheckService } from '../permissions/AuthorizedCheckService';
import { CheckReporters } from '../permissions/CheckReporters';
import type { ReleaseAuthorizer } from '../permissions/ReleaseAuthorizer';
import { CheckProviders } from './CheckProviders';
import type { CheckService } from './CheckService';
import { DefaultCheckService } from './DefaultCheckService';

/**
 * Automated checks, wired: the results store, the providers modules added, the pipelines allowed to
 * report, and the scheduled run of the providers (`releases.checks.frequency`, default 30 minutes;
 * the scheduler's global scope runs it on one replica at a time).
 */
export async function createCheckService(options: {
  config: Config;
  results: CheckResultStore;
  logger: LoggerService;
  auth: AuthService;
  scheduler: SchedulerService;
  authorizer: ReleaseAuthorizer;
  store: ReleaseStore;
  catalog: ComponentCatalog;
  providers: ReleaseCheckProvider[];
}): Promise<CheckService> {
  const { config, logger, scheduler, results } = options;
  const providers = new CheckProviders(options.providers, results, logger);
  if (providers.size > 0) {
    const key = 'releases.checks.frequency';
    await scheduler.scheduleTask({
      id: 'releases-check-providers',
      scope: 'global',
      frequency: config.has(key)
        ? readDurationFromConfig(config, { key })
        : { minutes: 30 },
      timeout: { minutes: 10 },
      initialDelay: { minutes: 1 },
      fn: async signal => {
        await providers.run(undefined, signal as AbortSignal);
      },
    });
  }
  return new AuthorizedCheckService(
    new DefaultCheckService(results, providers),
    {
      authorizer: options.authorizer,
      reporters: CheckReporters.fromConfig(
        config,
        options.catalog,
        options.auth,
      ),
      releases: options.store,
      results,
    },
  );
}
