import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CreateFeedRequest } from '../schema/openapi';
import type { FeedService } from '../service/FeedService';
import type { ReadOptions } from '../service/ReleaseService';
import type { ReleaseAuthorizer } from './ReleaseAuthorizer';

/**
 * {@link FeedService} behind the permission framework. A feed is its owner's: the service lists and
 * revokes only the caller's own feeds (another's is a 404), and a feed shows what its owner may read.
 */
export class AuthorizedFeedService implements FeedService {
  constructor(
    private readonly feeds: FeedService,
    private readonly authorizer: ReleaseAuthorizer,
  ) {}

  /** No check: the service lists only the caller's own feeds. */
  list(credentials: BackstageCredentials) {
    return this.feeds.list(credentials);
  }

  /** The feed keeps its owner's read permission, as decided now, for when it is fetched. */
  async create(input: CreateFeedRequest, { credentials }: ReadOptions) {
    const readScope = await this.authorizer.readScope(credentials);
    return this.feeds.create(input, { credentials, readScope });
  }

  /** No check: the service revokes only a feed of the caller's own. */
  revoke(id: string, credentials: BackstageCredentials) {
    return this.feeds.revoke(id, credentials);
  }

  /** No check: the secret token is the credential, and the feed applies its stored read scope. */
  render(token: string) {
    return this.feeds.render(token);
  }
}
