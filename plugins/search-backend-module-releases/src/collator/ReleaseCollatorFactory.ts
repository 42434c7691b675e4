import type {
  AuthService,
  DiscoveryService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import type { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  RELEASE_SEARCH_TYPE,
  releaseReadPermission,
} from '@releasekit/plugin-releases-common';
import { ReleasesClient } from '@releasekit/plugin-releases-node';
import { Readable } from 'node:stream';
import {
  DEFAULT_LOCATION_TEMPLATE,
  type ReleaseIndexableDocument,
  toReleaseDocument,
} from './releaseDocument';

/** The most releases GET /releases answers at once. */
const PAGE_SIZE = 200;

/** @public */
export interface ReleaseCollatorFactoryOptions {
  auth: AuthService;
  discovery: Pick<DiscoveryService, 'getBaseUrl'>;
  /**
   * The release page's path in the portal, `:releaseId` standing for the release's id; by default
   * `/releases/:releaseId`, where the Releases frontend plugin mounts it.
   */
  locationTemplate?: string;
  /** How the client calls the Releases API; the global fetch by default. */
  fetchApi?: { fetch: typeof fetch };
}

/**
 * Collates every release into search documents of type `release`, reading the Releases API a page
 * of 200 at a time with their descriptions (`include=description`), as the search plugin itself:
 * the plugin's own credentials see every release, and search hides each result from users the
 * `releases.release.read` permission denies, by the document's resource ref.
 *
 * @public
 */
export class ReleaseCollatorFactory implements DocumentCollatorFactory {
  readonly type = RELEASE_SEARCH_TYPE;
  readonly visibilityPermission = releaseReadPermission;

  private readonly client: ReleasesClient;
  private readonly locationTemplate: string;

  /** With the location template of `search.collators.releases.locationTemplate`, if set. */
  static fromConfig(
    config: RootConfigService,
    options: Omit<ReleaseCollatorFactoryOptions, 'locationTemplate'>,
  ): ReleaseCollatorFactory {
    return new ReleaseCollatorFactory({
      ...options,
      locationTemplate: config.getOptionalString(
        'search.collators.releases.locationTemplate',
      ),
    });
  }

  constructor(private readonly options: ReleaseCollatorFactoryOptions) {
    this.client = new ReleasesClient({
      discovery: options.discovery,
      fetchApi: options.fetchApi,
    });
    this.locationTemplate =
      options.locationTemplate ?? DEFAULT_LOCATION_TEMPLATE;
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<ReleaseIndexableDocument> {
    // A release whose window moves while the pages are read can come again on a later page.
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      // No user is involved: the search plugin reads with its own credentials, asked for each
      // page so that a long collation never outlives its token.
      const { token } = await this.options.auth.getPluginRequestToken({
        onBehalfOf: await this.options.auth.getOwnServiceCredentials(),
        targetPluginId: 'releases',
      });
      const page = await this.client.listReleases(
        { limit: PAGE_SIZE, cursor, include: 'description' },
        { token },
      );
      for (const release of page.items) {
        if (seen.has(release.id)) continue;
        seen.add(release.id);
        yield toReleaseDocument(release, this.locationTemplate);
      }
      cursor = page.nextCursor;
    } while (cursor);
  }
}
