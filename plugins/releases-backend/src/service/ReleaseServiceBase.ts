import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  isClosedStatus,
  type ChecklistTemplate,
  type Release,
} from '@releasekit/plugin-releases-common';
import type { ComponentCatalog } from '../catalog/ComponentCatalog';
import type { ReleaseStore } from '../database/ReleaseStore';
import type {
  StoredRelease,
  StoredReleaseItem,
  StoredReleaseWithChecklist,
} from '../database/types';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  ReleaseEvent,
  ReleaseNotifier,
} from '../notifications/ReleaseNotifier';
import { actorOf } from './actor';
import type { DefaultFreezeService } from './DefaultFreezeService';
import { toRelease } from './toRelease';

/** Users and groups: who may own, attend, be told of or be assigned to a release. */
export const PARTY_KINDS = ['user', 'group'];

/** What every release service works with. */
export interface ReleaseServiceDeps {
  store: ReleaseStore;
  catalog: ComponentCatalog;
  templates: ChecklistTemplate[];
  freezes: DefaultFreezeService;
  /** Tells people about changes; absent in setups without notifications. */
  notifier?: ReleaseNotifier;
  now?: () => number;
}

/**
 * The helpers the release services share: loading a release, refusing changes to closed ones and
 * answering with the release as the API shows it.
 */
export abstract class ReleaseServiceBase {
  protected readonly store: ReleaseStore;
  protected readonly catalog: ComponentCatalog;
  protected readonly templates: ChecklistTemplate[];
  protected readonly freezes: DefaultFreezeService;
  protected readonly now: () => number;
  private readonly notifier?: ReleaseNotifier;

  constructor(deps: ReleaseServiceDeps) {
    this.store = deps.store;
    this.catalog = deps.catalog;
    this.templates = deps.templates;
    this.freezes = deps.freezes;
    this.now = deps.now ?? Date.now;
    this.notifier = deps.notifier;
  }

  /** Answers a write with the release as it now is, after telling the people involved. */
  protected async changed(
    id: string,
    event: ReleaseEvent | undefined,
    credentials: BackstageCredentials,
  ): Promise<Release> {
    const release = await this.load(id);
    if (event && this.notifier) {
      await this.notifier.notify(event, release, actorOf(credentials));
    }
    return toRelease(release);
  }

  /** Credentials are not needed to read: the authorised services decide who may. */
  async getRelease(
    id: string,
    _credentials?: BackstageCredentials,
  ): Promise<Release> {
    return toRelease(await this.load(id));
  }

  protected async load(id: string): Promise<StoredReleaseWithChecklist> {
    const release = await this.store.getRelease(id);
    if (!release) {
      throw new NotFoundError(`No release with id ${id}`);
    }
    return release;
  }

  /** The release with its components and one of its items, without the rest of the checklist. */
  protected async loadItem(
    id: string,
    itemId: string,
  ): Promise<StoredReleaseItem> {
    const loaded = await this.store.getReleaseItem(id, itemId);
    if (!loaded) {
      throw new NotFoundError(`No release with id ${id}`);
    }
    return loaded;
  }

  protected assertOpen(release: StoredRelease, what: string) {
    if (isClosedStatus(release.status)) {
      throw new ConflictError(
        `This release is ${release.status} and can no longer be ${what}`,
      );
    }
  }
}
