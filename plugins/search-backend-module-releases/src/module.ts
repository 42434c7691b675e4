import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { ReleaseCollatorFactory } from './collator/ReleaseCollatorFactory';
import { readCollatorSchedule } from './schedule';

/**
 * The search backend module that indexes releases: adds the release collator to the search
 * plugin's index, run on the schedule of `search.collators.releases.schedule`.
 *
 * @public
 */
export const searchModuleReleasesCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'releases-collator',
  register(env) {
    env.registerInit({
      deps: {
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ auth, config, discovery, scheduler, indexRegistry }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(
            readCollatorSchedule(config),
          ),
          factory: ReleaseCollatorFactory.fromConfig(config, {
            auth,
            discovery,
          }),
        });
      },
    });
  },
});
