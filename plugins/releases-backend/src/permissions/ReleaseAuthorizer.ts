import type {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type BasicPermission,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
} from '@backstage/plugin-permission-node';
import {
  releaseChecklistItemUpdatePermission,
  releaseDeletePermission,
  releaseReadPermission,
  releaseUpdatePermission,
  type ChecklistItem,
  type ReleaseAccess,
} from '@releasekit/plugin-releases-common';
import type {
  ReleaseReadScope,
  StoredRelease,
  StoredReleaseWithChecklist,
} from '../database/types';
import {
  checklistItemResourceRef,
  type ChecklistItemResource,
  releaseResourceRef,
} from './rules';

/**
 * Asks the permission framework about releases. Conditional decisions are evaluated here, against a
 * release already loaded (for one release) or turned into SQL (for lists), so one round trip to the
 * policy answers a whole request.
 */
export class ReleaseAuthorizer {
  private readonly matchesRelease: (
    d: PolicyDecision,
    r: StoredRelease | undefined,
  ) => boolean;
  private readonly matchesItem: (
    d: PolicyDecision,
    r: ChecklistItemResource | undefined,
  ) => boolean;
  private readonly toReleaseCriteria;

  constructor(
    private readonly permissions: PermissionsService,
    registry: PermissionsRegistryService,
  ) {
    const releaseRuleset = registry.getPermissionRuleset(releaseResourceRef);
    this.matchesRelease = createConditionAuthorizer(releaseRuleset);
    this.matchesItem = createConditionAuthorizer(
      registry.getPermissionRuleset(checklistItemResourceRef),
    );
    this.toReleaseCriteria = createConditionTransformer(releaseRuleset);
  }

  /** Which releases the caller may read, for filtering lists in SQL. */
  async readScope(
    credentials: BackstageCredentials,
  ): Promise<ReleaseReadScope> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: releaseReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return {
        kind: 'some',
        criteria: this.toReleaseCriteria(decision.conditions),
      };
    }
    return { kind: decision.result === AuthorizeResult.ALLOW ? 'all' : 'none' };
  }

  async canRead(
    release: StoredRelease,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    return this.allows(releaseReadPermission, release, credentials);
  }

  /** Throws NotAllowedError unless the caller may act on the release this way. */
  async assertRelease(
    permission: ResourcePermission<'release'>,
    release: StoredRelease,
    credentials: BackstageCredentials,
    what: string,
  ): Promise<void> {
    if (!(await this.allows(permission, release, credentials))) {
      throw new NotAllowedError(
        `You may not ${what} ${release.title} ${release.version}`,
      );
    }
  }

  async assertBasic(
    permission: BasicPermission,
    credentials: BackstageCredentials,
    what: string,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`You may not ${what}`);
    }
  }

  async assertItem(
    release: StoredRelease,
    item: ChecklistItem,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: releaseChecklistItemUpdatePermission }],
      { credentials },
    );
    if (!this.matchesItem(decision, { item, release })) {
      throw new NotAllowedError(
        `You may not update "${item.title}": it belongs to ${
          item.componentRef ?? 'the release'
        }, which you do not own`,
      );
    }
  }

  /** What the caller may do with a release and its items, in one round trip to the policy. */
  async access(
    release: StoredReleaseWithChecklist,
    credentials: BackstageCredentials,
  ): Promise<ReleaseAccess> {
    const [update, remove, item] = await this.permissions.authorizeConditional(
      [
        { permission: releaseUpdatePermission },
        { permission: releaseDeletePermission },
        { permission: releaseChecklistItemUpdatePermission },
      ],
      { credentials },
    );
    return {
      update: this.matchesRelease(update, release),
      delete: this.matchesRelease(remove, release),
      updatableItemIds: release.checklist
        .filter(i => this.matchesItem(item, { item: i, release }))
        .map(i => i.id),
    };
  }

  private async allows(
    permission: ResourcePermission<'release'>,
    release: StoredRelease,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      {
        credentials,
      },
    );
    return this.matchesRelease(decision, release);
  }
}
