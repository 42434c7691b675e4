import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import type {
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
// The test runs the real Releases backend, whose conditions the policy uses (a dev dependency).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import {
  createReleaseConditionalDecision,
  releaseConditions,
} from '@releasekit/plugin-releases-backend';
import { releaseReadPermission } from '@releasekit/plugin-releases-common';

/** May not read any release. */
export const DENIED_USER = 'user:default/dan';
/** Reads only the releases she owns: a conditional decision, resolved per release by its id. */
export const OWNER_ONLY_USER = 'user:default/olive';

/**
 * The permission backend's policy in the test: everything allowed, except reading releases for the
 * two users above.
 */
export const readPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'test-release-read-policy',
  register(env) {
    env.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle(
            request: PolicyQuery,
            user?: PolicyQueryUser,
          ): Promise<PolicyDecision> {
            if (!isPermission(request.permission, releaseReadPermission)) {
              return { result: AuthorizeResult.ALLOW };
            }
            const who = user?.info.userEntityRef;
            if (who === DENIED_USER) {
              return { result: AuthorizeResult.DENY };
            }
            if (who === OWNER_ONLY_USER) {
              return createReleaseConditionalDecision(
                request.permission as ResourcePermission<'release'>,
                releaseConditions.isReleaseOwner({ claims: [who] }),
              );
            }
            return { result: AuthorizeResult.ALLOW };
          },
        });
      },
    });
  },
});
