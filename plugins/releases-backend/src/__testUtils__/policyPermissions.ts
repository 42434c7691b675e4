import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { PermissionPolicy } from '@backstage/plugin-permission-node';

/** A user directory for tests: user ref → the groups the user is a member of. */
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
 * The permissions service as the permission backend would answer it, with the given policy evaluated
 * in-process: conditional decisions are handed back to the plugin to resolve, as in production.
 */
export function policyPermissions(
  policy: PermissionPolicy,
  userInfo: UserInfoService,
): PermissionsService {
  const decide = async (permission: any, credentials: BackstageCredentials) => {
    const isUser =
      credentials.principal && (credentials.principal as any).type === 'user';
    return policy.handle(
      { permission },
      isUser
        ? { credentials, info: await userInfo.getUserInfo(credentials) }
        : undefined,
    );
  };
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
              'authorize() with a conditional decision is resolved by the plugin itself',
            );
          }
          return decision;
        }),
      );
    },
  };
}
