import type { UserInfoService } from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isPermission,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  freezeManagePermission,
  releaseChecklistItemUpdatePermission,
  releaseDeletePermission,
  releaseUpdatePermission,
} from '@releasekit/plugin-releases-common';
import {
  checklistItemConditions,
  createChecklistItemConditionalDecision,
  createReleaseConditionalDecision,
  releaseConditions,
} from './conditions';

/** @public */
export interface ReleasesPermissionPolicyOptions {
  userInfo: UserInfoService;
  /** Groups whose members may do anything with releases and manage freeze windows. */
  adminGroups: string[];
}

/**
 * Sensible defaults for release permissions, usable as is or as a model for your own policy:
 * everyone reads and plans releases; the release owner (a user, or a member of the owning group)
 * edits, deletes and runs the release; component owners tick their own components' items (and the
 * release owner all of them); only admins manage freeze windows. Every permission of other plugins
 * is allowed, as Backstage's allow-all policy would.
 *
 * @public
 */
export class ReleasesPermissionPolicy implements PermissionPolicy {
  private readonly adminGroups: string[];

  constructor(private readonly options: ReleasesPermissionPolicyOptions) {
    this.adminGroups = options.adminGroups.map(g =>
      g.toLocaleLowerCase('en-US'),
    );
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user
      ? (
          await this.options.userInfo.getUserInfo(user.credentials)
        ).ownershipEntityRefs.map(ref => ref.toLocaleLowerCase('en-US'))
      : [];
    const isAdmin = claims.some(ref => this.adminGroups.includes(ref));
    const { permission } = request;

    if (isPermission(permission, freezeManagePermission)) {
      return { result: isAdmin ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    }
    if (isAdmin) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (
      isPermission(permission, releaseUpdatePermission) ||
      isPermission(permission, releaseDeletePermission)
    ) {
      return createReleaseConditionalDecision(
        permission as ResourcePermission<'release'>,
        releaseConditions.isReleaseOwner({ claims }),
      );
    }
    if (isPermission(permission, releaseChecklistItemUpdatePermission)) {
      return createChecklistItemConditionalDecision(
        permission as ResourcePermission<'release-checklist-item'>,
        {
          anyOf: [
            checklistItemConditions.isComponentOwner({ claims }),
            checklistItemConditions.isReleaseOwner({ claims }),
          ],
        },
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}
