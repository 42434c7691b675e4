import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { ReleaseStore } from '../database/ReleaseStore';
import type {
  AddChecklistItemRequest,
  AddComponentsRequest,
  UpdateChecklistItemRequest,
} from '../schema/openapi';
import type { ChecklistService } from '../service/ChecklistService';
import type { DefaultChecklistService } from '../service/DefaultChecklistService';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/**
 * {@link ChecklistService} behind the permission framework: scope changes and new items are
 * updates of the release; a tick is decided item by item (component owners tick their own).
 */
export class AuthorizedChecklistService implements ChecklistService {
  constructor(
    private readonly checklist: DefaultChecklistService,
    private readonly authorizer: ReleaseAuthorizer,
    private readonly store: ReleaseStore,
  ) {}

  async addComponents(
    id: string,
    input: AddComponentsRequest,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.updatableRelease(
      id,
      credentials,
      'change the scope of',
    );
    return this.checklist.addComponents(id, input, credentials);
  }

  async removeComponent(
    id: string,
    entityRef: string,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.updatableRelease(
      id,
      credentials,
      'change the scope of',
    );
    return this.checklist.removeComponent(id, entityRef, credentials);
  }

  async addChecklistItem(
    id: string,
    input: AddChecklistItemRequest,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.updatableRelease(
      id,
      credentials,
      'add checklist items to',
    );
    return this.checklist.addChecklistItem(id, input, credentials);
  }

  /**
   * Loads the release with its components and just this item (all the rules and the service need)
   * and hands it on, so that a tick reads the release once.
   */
  async updateChecklistItem(
    id: string,
    itemId: string,
    input: UpdateChecklistItemRequest,
    credentials: BackstageCredentials,
  ) {
    const loaded = await this.store.getReleaseItem(id, itemId);
    const release = await this.authorizer.readableOr404(
      id,
      loaded?.release,
      credentials,
    );
    if (loaded?.item) {
      await this.authorizer.assertItem(release, loaded.item, credentials);
    }
    // An unknown item is the service's 404 to give.
    return this.checklist.updateChecklistItem(
      id,
      itemId,
      input,
      credentials,
      loaded,
    );
  }
}
