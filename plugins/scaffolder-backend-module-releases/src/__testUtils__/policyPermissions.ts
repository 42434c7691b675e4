import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
// The demo's policy, evaluated for real; only the permission backend's transport is left out.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import { ReleasesPermissionPolicy } from '@releasekit/plugin-releases-backend';

/** A user directory for the tests: each user's groups. */
export function testUserInfo(
  groupsOf: Record<string, string[]>,
): UserInfoService {
  return {
    async getUserInfo(credentials: BackstageCredentials) {
      const ref = (credentials.principal as BackstageUserPrincipal)
        .userEntityRef;
      return {
        userEntityRef: ref,
        ownershipEntityRefs: [ref, ...(groupsOf[ref] ?? [])],
      };
    },
  };
}

/**
 * The permissions service as the permission backend answers it, with the Releases default policy
 * (admins of `adminGroups`) deciding in-process; conditional decisions go back to the Releases
 * plugin to resolve, as in production.
 */
export function policyPermissions(
  userInfo: UserInfoService,
  adminGroups: string[],
): PermissionsService {
  const policy = new ReleasesPermissionPolicy({ userInfo, adminGroups });
  const decide = async (
    permission: Parameters<typeof policy.handle>[0]['permission'],
    credentials: BackstageCredentials,
  ) =>
    policy.handle(
      { permission },
      credentials.principal &&
        (credentials.principal as { type?: string }).type === 'user'
        ? { credentials, info: await userInfo.getUserInfo(credentials) }
        : undefined,
    );
  return {
    async authorizeConditional(requests, { credentials }) {
      return Promise.all(
        requests.map(r => decide(r.permission, credentials)),
      ) as any;
    },
    async authorize(requests, { credentials }) {
      return Promise.all(
        requests.map(async r => {
          const decision = await decide(r.permission, credentials);
          if (decision.result === AuthorizeResult.CONDITIONAL) {
            throw new Error(
              'authorize() got a conditional decision, which the plugin resolves itself',
            );
          }
          return decision;
        }),
      );
    },
  };
}
