import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAssertNotFrozenAction } from './actions/assertNotFrozen';
import { createPlanReleaseAction } from './actions/planRelease';

/**
 * Adds the Releases actions to the scaffolder: `release:plan` and `release:assert-not-frozen`.
 * Both call the Releases API on behalf of the user who runs the template.
 *
 * @public
 */
export const scaffolderModuleReleases = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'releases',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
      },
      async init({ scaffolder, discovery, auth, catalog, config }) {
        scaffolder.addActions(
          createPlanReleaseAction({
            discovery,
            auth,
            catalog,
            appBaseUrl: config.getString('app.baseUrl'),
          }),
          createAssertNotFrozenAction({ discovery, auth, catalog }),
        );
      },
    });
  },
});
