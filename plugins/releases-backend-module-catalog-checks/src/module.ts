import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { releasesChecksExtensionPoint } from '@releasekit/plugin-releases-node';
import { CatalogCheckProvider } from './CatalogCheckProvider';

/**
 * Adds the `catalog` check provider to the Releases backend: `catalog.owner`, `catalog.lifecycle`
 * and `catalog.docs` items settle from the catalog.
 *
 * @public
 */
export const releasesModuleCatalogChecks = createBackendModule({
  pluginId: 'releases',
  moduleId: 'catalog-checks',
  register(env) {
    env.registerInit({
      deps: {
        checks: releasesChecksExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
      },
      async init({ checks, catalog, auth, config }) {
        checks.addCheckProvider(
          new CatalogCheckProvider({
            catalog,
            auth,
            appBaseUrl: config.getOptionalString('app.baseUrl'),
          }),
        );
      },
    });
  },
});
