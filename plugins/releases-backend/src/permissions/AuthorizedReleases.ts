import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  type CalendarQuery,
  freezeManagePermission,
  releaseCreatePermission,
  releaseDeletePermission,
  releaseUpdatePermission,
  type Release,
  type ReleaseAccess,
} from '@releasekit/plugin-releases-common';
import type { ReleaseStore } from '../database/ReleaseStore';
import type {
  StoredRelease,
  StoredReleaseWithChecklist,
} from '../database/types';
import type { CalendarService } from '../service/CalendarService';
import type { ChecklistService } from '../service/ChecklistService';
import type { FeedInput, FeedService } from '../service/FeedService';
import type { FollowUpService } from '../service/FollowUpService';
import type {
  FreezeInput,
  FreezeService,
  FreezeUpdate,
} from '../service/FreezeService';
import type * as Inputs from '../service/inputs';
import type { InsightsService } from '../service/InsightsService';
import type { LifecycleService } from '../service/LifecycleService';
import type { ReleaseService } from '../service/ReleaseService';
import { toRelease } from '../service/toRelease';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

export interface ReleaseServices {
  store: ReleaseStore;
  releases: ReleaseService;
  lifecycle: LifecycleService;
  checklist: ChecklistService;
  followUp: FollowUpService;
  insights: InsightsService;
  freezes: FreezeService;
  calendar: CalendarService;
  feeds: FeedService;
}

type Credentials = BackstageCredentials;

/**
 * The services behind the permission framework. A release the caller may not read is a 404, as if it
 * did not exist, and lists leave it out (filtered in SQL); a write the caller may not make is a 403.
 */
export class AuthorizedReleases {
  constructor(
    private readonly services: ReleaseServices,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  listTemplates() {
    return this.services.releases.listTemplates();
  }

  async listReleases(
    query: Inputs.ListReleasesQuery,
    credentials: Credentials,
  ) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.services.releases.listReleases(query, readScope);
  }

  /** The release, with what the caller may do with it so the frontend can offer only that. */
  async getRelease(
    id: string,
    credentials: Credentials,
  ): Promise<Release & { access: ReleaseAccess }> {
    const release = await this.readable(id, credentials);
    return {
      ...toRelease(release),
      access: await this.authorizer.access(release, credentials),
    };
  }

  async getActivity(
    id: string,
    limit: number | undefined,
    credentials: Credentials,
  ) {
    await this.readable(id, credentials);
    return this.services.releases.getActivity(id, limit);
  }

  async getInsights(id: string, credentials: Credentials) {
    await this.readable(id, credentials);
    return this.services.insights.insightsFor(id, credentials);
  }

  async createRelease(
    input: Inputs.CreateReleaseInput,
    credentials: Credentials,
  ) {
    await this.authorizer.assertBasic(
      releaseCreatePermission,
      credentials,
      'plan releases',
    );
    return this.services.releases.createRelease(input, credentials);
  }

  async updateRelease(
    id: string,
    input: Inputs.UpdateReleaseInput,
    credentials: Credentials,
  ) {
    await this.updatable(id, credentials, 'edit');
    return this.services.releases.updateRelease(id, input, credentials);
  }

  async deleteRelease(id: string, credentials: Credentials) {
    const release = await this.readable(id, credentials);
    await this.authorizer.assertRelease(
      releaseDeletePermission,
      release,
      credentials,
      'delete',
    );
    return this.services.releases.deleteRelease(id, credentials);
  }

  async transition(
    id: string,
    input: Inputs.TransitionInput,
    credentials: Credentials,
  ) {
    await this.updatable(id, credentials, 'change the status of');
    return this.services.lifecycle.transition(id, input, credentials);
  }

  async addComponents(
    id: string,
    components: string[],
    revision: number | undefined,
    credentials: Credentials,
  ) {
    await this.updatable(id, credentials, 'change the scope of');
    return this.services.checklist.addComponents(
      id,
      components,
      revision,
      credentials,
    );
  }

  async removeComponent(
    id: string,
    entityRef: string,
    credentials: Credentials,
  ) {
    await this.updatable(id, credentials, 'change the scope of');
    return this.services.checklist.removeComponent(id, entityRef, credentials);
  }

  async addChecklistItem(
    id: string,
    input: Inputs.AddChecklistItemInput,
    credentials: Credentials,
  ) {
    await this.updatable(id, credentials, 'add checklist items to');
    return this.services.checklist.addChecklistItem(id, input, credentials);
  }

  async updateChecklistItem(
    id: string,
    itemId: string,
    input: Inputs.UpdateChecklistItemInput,
    credentials: Credentials,
  ) {
    // The release with its components and just this item: all the rules and the service need.
    const loaded = await this.services.store.getReleaseItem(id, itemId);
    const release = await this.readableOr404(id, loaded?.release, credentials);
    if (loaded?.item) {
      await this.authorizer.assertItem(release, loaded.item, credentials);
    }
    // An unknown item is the service's 404 to give.
    return this.services.checklist.updateChecklistItem(
      id,
      itemId,
      input,
      credentials,
      loaded,
    );
  }

  async recordDecision(
    id: string,
    input: Inputs.DecisionInput,
    credentials: Credentials,
  ) {
    await this.updatable(id, credentials, 'record go/no-go decisions for');
    return this.services.followUp.recordDecision(id, input, credentials);
  }

  async recordOutcome(
    id: string,
    input: Inputs.OutcomeInput,
    credentials: Credentials,
  ) {
    await this.updatable(id, credentials, 'record the outcome of');
    return this.services.followUp.recordOutcome(id, input, credentials);
  }

  async metrics(query: Inputs.MetricsQuery, credentials: Credentials) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.services.followUp.metrics(query, readScope);
  }

  async calendar(query: CalendarQuery, credentials: Credentials) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.services.calendar.calendar(query, { readScope });
  }

  listFreezes(range: { from: string; to: string } | undefined) {
    return this.services.freezes.list(range);
  }

  activeFreezes(entityRef: string, credentials: Credentials) {
    return this.services.freezes.activeFor(entityRef, credentials);
  }

  async createFreeze(input: FreezeInput, credentials: Credentials) {
    await this.assertFreezeManager(credentials);
    return this.services.freezes.create(input, credentials);
  }

  async updateFreeze(
    id: string,
    input: FreezeUpdate,
    credentials: Credentials,
  ) {
    await this.assertFreezeManager(credentials);
    return this.services.freezes.update(id, input);
  }

  async deleteFreeze(id: string, credentials: Credentials) {
    await this.assertFreezeManager(credentials);
    return this.services.freezes.delete(id);
  }

  listFeeds(credentials: Credentials) {
    return this.services.feeds.list(credentials);
  }

  /** A feed keeps the read permission of its owner, as decided now, for when it is fetched. */
  async createFeed(input: FeedInput, credentials: Credentials) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.services.feeds.create(input, credentials, readScope);
  }

  revokeFeed(id: string, credentials: Credentials) {
    return this.services.feeds.revoke(id, credentials);
  }

  renderFeed(token: string) {
    return this.services.feeds.render(token);
  }

  private async readable(
    id: string,
    credentials: Credentials,
  ): Promise<StoredReleaseWithChecklist> {
    return this.readableOr404(
      id,
      await this.services.store.getRelease(id),
      credentials,
    );
  }

  /** A release that does not exist and one the caller may not read are the same 404. */
  private async readableOr404<T extends StoredRelease>(
    id: string,
    release: T | undefined,
    credentials: Credentials,
  ): Promise<T> {
    if (!release || !(await this.authorizer.canRead(release, credentials))) {
      throw new NotFoundError(`No release with id ${id}`);
    }
    return release;
  }

  private assertFreezeManager(credentials: Credentials): Promise<void> {
    return this.authorizer.assertBasic(
      freezeManagePermission,
      credentials,
      'manage freeze windows',
    );
  }

  private async updatable(id: string, credentials: Credentials, what: string) {
    const release = await this.readable(id, credentials);
    await this.authorizer.assertRelease(
      releaseUpdatePermission,
      release,
      credentials,
      what,
    );
    return release;
  }
}
