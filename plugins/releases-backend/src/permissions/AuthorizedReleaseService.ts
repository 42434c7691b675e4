import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  releaseCreatePermission,
  releaseDeletePermission,
} from '@releasekit/plugin-releases-common';
import type {
  CreateReleaseRequest,
  UpdateReleaseRequest,
} from '../schema/openapi';
import type {
  ListReleasesQuery,
  ReadOptions,
  ReleaseService,
} from '../service/ReleaseService';
import type { StoredRelease } from '../database/types';
import { normalizeEntityRef } from '../service/entityRefs';
import { PARTY_KINDS } from '../service/ReleaseServiceBase';
import { toRelease } from '../service/toRelease';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/**
 * The release `input` would create, as far as permission rules look at one: its owner, components
 * and status (the components' systems are not known before the catalog is asked).
 */
function prospective(input: CreateReleaseRequest): StoredRelease {
  return {
    id: '',
    title: input.title,
    version: input.version,
    description: '',
    risks: [],
    owner: normalizeEntityRef(input.owner, 'owner', PARTY_KINDS),
    stakeholders: [],
    templateId: input.templateId ?? 'default',
    status: 'draft',
    windowStart: input.windowStart,
    windowEnd: input.windowEnd,
    revision: 0,
    plannedAt: null,
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
    risk: null,
    components: input.components.map(ref => ({
      entityRef: normalizeEntityRef(ref, 'components'),
      ownerRef: null,
      systemRef: null,
    })),
  };
}

/** {@link ReleaseService} behind the permission framework. */
export class AuthorizedReleaseService implements ReleaseService {
  constructor(
    private readonly releases: ReleaseService,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  /** Filtered in SQL, so that pages stay full. */
  async listReleases(query: ListReleasesQuery, { credentials }: ReadOptions) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.releases.listReleases(query, { credentials, readScope });
  }

  /**
   * The release with what the caller may do with it, so the frontend offers only that. Read once:
   * the release loaded for the check is the one answered (six queries, however large it is).
   */
  async getRelease(id: string, credentials: BackstageCredentials) {
    const release = await this.authorizer.readableRelease(id, credentials);
    return {
      ...toRelease(release),
      access: await this.authorizer.access(release, credentials),
    };
  }

  async getActivity(
    id: string,
    limit: number | undefined,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.readableRelease(id, credentials);
    return this.releases.getActivity(id, limit, credentials);
  }

  async createRelease(
    input: CreateReleaseRequest,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.assertBasic(
      releaseCreatePermission,
      credentials,
      'plan releases',
    );
    await this.authorizer.assertMayPlanFor(prospective(input), credentials);
    return this.releases.createRelease(input, credentials);
  }

  async updateRelease(
    id: string,
    input: UpdateReleaseRequest,
    credentials: BackstageCredentials,
  ) {
    await this.authorizer.updatableRelease(id, credentials, 'edit');
    return this.releases.updateRelease(id, input, credentials);
  }

  async deleteRelease(id: string, credentials: BackstageCredentials) {
    const release = await this.authorizer.readableRelease(id, credentials);
    await this.authorizer.assertRelease(
      releaseDeletePermission,
      release,
      credentials,
      'delete',
    );
    return this.releases.deleteRelease(id, credentials);
  }
}
