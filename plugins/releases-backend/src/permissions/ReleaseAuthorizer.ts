import type {
  BackstageCredentials,
  BackstageUserPrincipal,
  PermissionsRegistryService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
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
import type { ReleaseStore } from '../database/ReleaseStore';
import type {
  ReleaseReadScope,
  StoredRelease,
  StoredReleaseItem,
  StoredReleaseWithChecklist,
} from '../database/types';
import {
  checklistItemResourceRef,
  type ChecklistItemResource,
  releaseResourceRef,
} from './rules';

/**
 * Asks the permission framework about releases, for the authorised services. Conditional decisions
 * are evaluated here, against a release already loaded (for one release) or turned into SQL (for
 * lists), so one round trip to the policy answers a whole request. A release the caller may not read
 * is a 404, as if it did not exist; a write the caller may not make is a 403.
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
    private readonly store: ReleaseStore,
    private readonly userInfo: UserInfoService,
  ) {
    const releaseRuleset = registry.getPermissionRuleset(releaseResourceRef);
    this.matchesRelease = createConditionAuthorizer(releaseRuleset);
    this.matchesItem = createConditionAuthorizer(
      registry.getPermissionRuleset(checklistItemResourceRef),
    );
    this.toReleaseCriteria = createConditionTransformer(releaseRuleset);
  }

  /** The release, if it exists and the caller may read it; a 404 otherwise. */
  async readableRelease(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<StoredReleaseWithChecklist> {
    return this.readableOr404(id, await this.store.getRelease(id), credentials);
  }

  /** A release that does not exist and one the caller may not read are the same 404. */
  async readableOr404<T extends StoredRelease>(
    id: string,
    release: T | undefined,
    credentials: BackstageCredentials,
  ): Promise<T> {
    if (!release || !(await this.canRead(release, credentials))) {
      throw new NotFoundError(`No release with id ${id}`);
    }
    return release;
  }

  /** A readable release the caller may update (404, then 403 naming `what` they may not do). */
  async updatableRelease(
    id: string,
    credentials: BackstageCredentials,
    what: string,
  ): Promise<StoredReleaseWithChecklist> {
    const release = await this.readableRelease(id, credentials);
    await this.assertRelease(
      releaseUpdatePermission,
      release,
      credentials,
      what,
    );
    return release;
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

  /**
   * Throws unless the caller may plan `release` (not yet stored) in its owner's name: themselves or
   * a group they belong to (their ownership refs), or an owner whose releases the policy lets them
   * edit (admins, with the default policy). Anyone else would plan a release they could then neither
   * edit nor delete. Only users reach here (the API takes writes from users alone); a service
   * principal, should one ever call this, has no ownership refs and is left to the policy.
   */
  async assertMayPlanFor(
    release: StoredRelease,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const principal = credentials.principal as { type?: string };
    if (principal.type === 'user') {
      const { ownershipEntityRefs } = await this.userInfo.getUserInfo(
        credentials as BackstageCredentials<BackstageUserPrincipal>,
      );
      const claims = ownershipEntityRefs.map(r => r.toLocaleLowerCase('en-US'));
      if (claims.includes(release.owner)) return;
    }
    if (!(await this.allows(releaseUpdatePermission, release, credentials))) {
      throw new NotAllowedError(
        `owner: you may plan releases only for yourself or a group you belong to, not ${release.owner}`,
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

  /**
   * Throws unless the caller may read each item's release and update the item: one round trip to
   * the policy for any number of items (a check result may settle items in many releases).
   */
  async assertItems(
    loaded: StoredReleaseItem[],
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (loaded.length === 0) return;
    const [read, update] = await this.permissions.authorizeConditional(
      [
        { permission: releaseReadPermission },
        { permission: releaseChecklistItemUpdatePermission },
      ],
      { credentials },
    );
    for (const { release, item } of loaded) {
      if (!item) continue;
      if (
        !this.matchesRelease(read, release) ||
        !this.matchesItem(update, { item, release })
      ) {
        throw new NotAllowedError(
          `You may not update "${item.title}": it belongs to ${
            item.componentRef ?? 'the release'
          }, which you do not own`,
        );
      }
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
