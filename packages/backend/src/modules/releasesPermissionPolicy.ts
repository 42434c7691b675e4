import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { ReleasesPermissionPolicy } from '@releasekit/plugin-releases-backend';

/**
 * The demo portal's permission policy: the Releases defaults, with `releases.adminGroups` from
 * app-config as the admins. The guest user is in the checkout team and not an admin, so the demo
 * shows both what a user may and may not do.
 */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'releases-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        userInfo: coreServices.userInfo,
        config: coreServices.rootConfig,
      },
      async init({ policy, userInfo, config }) {
        policy.setPolicy(
          new ReleasesPermissionPolicy({
            userInfo,
            adminGroups:
              config.getOptionalStringArray('releases.adminGroups') ?? [],
          }),
        );
      },
    });
  },
});
