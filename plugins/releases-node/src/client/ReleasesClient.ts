import type { DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  FreezeOccurrence,
  Release,
  ReleaseStatus,
  ReleaseSummary,
  Risk,
} from '@releasekit/plugin-releases-common';

/**
 * Which releases to list (GET /releases); every filter is optional.
 *
 * @public
 */
export interface ListReleasesQuery {
  /** Releases that include this component. */
  entityRef?: string;
  owner?: string;
  status?: ReleaseStatus[];
  /** Windows that end at or after this ISO time. */
  from?: string;
  /** Windows that start before this ISO time. */
  to?: string;
  /** Matches title or version. */
  q?: string;
  /** At most 200. */
  limit?: number;
  /** From the previous page's `nextCursor`. */
  cursor?: string;
  /** Adds each release's description, which lists otherwise leave out (for indexers). */
  include?: 'description';
}

/** @public */
export interface ReleasesPage {
  items: ReleaseSummary[];
  nextCursor?: string;
}

/**
 * A release to plan (POST /releases).
 *
 * @public
 */
export interface NewReleaseRequest {
  title: string;
  version: string;
  windowStart: string;
  windowEnd: string;
  owner: string;
  components: string[];
  description?: string;
  risks?: Risk[];
  stakeholders?: string[];
  templateId?: string;
}

/**
 * Whether an entity is frozen now (GET /freezes/active), and by which windows.
 *
 * @public
 */
export interface ActiveFreezes {
  entityRef: string;
  frozen: boolean;
  windows: FreezeOccurrence[];
}

/**
 * A Backstage token for the call: a user's on whose behalf, or the calling plugin's own.
 *
 * @public
 */
export interface ReleasesRequestOptions {
  token?: string;
}

/**
 * A typed client of the Releases backend's HTTP API for other backend plugins and modules
 * (scaffolder actions, the search collator), found through discovery like Backstage's own clients.
 * Callers pass a token from `auth.getPluginRequestToken({ onBehalfOf, targetPluginId: 'releases' })`,
 * so that the API makes the same permission decisions as for any other caller. An answer other than
 * 2xx throws a `ResponseError` (its `cause` is the API's error, with its name and message).
 *
 * @public
 */
export class ReleasesClient {
  constructor(
    private readonly options: {
      discovery: Pick<DiscoveryService, 'getBaseUrl'>;
      fetchApi?: { fetch: typeof fetch };
    },
  ) {}

  async listReleases(
    query: ListReleasesQuery = {},
    options: ReleasesRequestOptions = {},
  ): Promise<ReleasesPage> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      params.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    const search = params.size ? `?${params}` : '';
    return this.request<ReleasesPage>(`/releases${search}`, options);
  }

  async getRelease(
    id: string,
    options: ReleasesRequestOptions = {},
  ): Promise<Release> {
    return this.request<Release>(
      `/releases/${encodeURIComponent(id)}`,
      options,
    );
  }

  async createRelease(
    release: NewReleaseRequest,
    options: ReleasesRequestOptions = {},
  ): Promise<Release> {
    return this.request<Release>('/releases', options, {
      method: 'POST',
      body: JSON.stringify(release),
    });
  }

  async getActiveFreezes(
    entityRef: string,
    options: ReleasesRequestOptions = {},
  ): Promise<ActiveFreezes> {
    return this.request<ActiveFreezes>(
      `/freezes/active?entityRef=${encodeURIComponent(entityRef)}`,
      options,
    );
  }

  private async request<T>(
    path: string,
    { token }: ReleasesRequestOptions,
    init: { method?: string; body?: string } = {},
  ): Promise<T> {
    const baseUrl = await this.options.discovery.getBaseUrl('releases');
    const doFetch = this.options.fetchApi?.fetch ?? fetch;
    const response = await doFetch(`${baseUrl}${path}`, {
      ...init,
      headers: {
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
