import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { CreateFeedRequest, Feed } from '../schema/openapi';
import type { ReadOptions } from './ReleaseService';

/** Personal calendar feeds: secret URLs that calendar apps fetch without a Backstage token. */
export interface FeedService {
  list(credentials: BackstageCredentials): Promise<Feed[]>;
  /** The feed keeps `readScope`: what its owner may read, as decided now. */
  create(
    input: CreateFeedRequest,
    options: ReadOptions,
  ): Promise<{ id: string; url: string }>;
  revoke(id: string, credentials: BackstageCredentials): Promise<void>;
  /** The feed as iCalendar; the secret token is the credential. */
  render(token: string): Promise<string>;
}
