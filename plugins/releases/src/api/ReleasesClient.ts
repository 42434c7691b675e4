import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ActivityEntry,
  ChecklistItem,
  ChecklistTemplate,
  Page,
  Release,
  ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import type {
  AddChecklistItemRequest,
  CreateReleaseRequest,
  ListReleasesQuery,
  ReleasesApi,
  TransitionRequest,
  UpdateChecklistItemRequest,
  UpdateReleaseRequest,
} from './ReleasesApi';

/** Talks to /api/releases through Backstage's fetch API, which adds the user's token. */
export class ReleasesClient implements ReleasesApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  listReleases(query: ListReleasesQuery = {}): Promise<Page<ReleaseSummary>> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === '') continue;
      params.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
    const search = params.toString();
    return this.request(`/releases${search ? `?${search}` : ''}`);
  }

  getRelease(id: string): Promise<Release> {
    return this.request(`/releases/${encodeURIComponent(id)}`);
  }

  createRelease(request: CreateReleaseRequest): Promise<Release> {
    return this.request('/releases', 'POST', request);
  }

  updateRelease(id: string, request: UpdateReleaseRequest): Promise<Release> {
    return this.request(
      `/releases/${encodeURIComponent(id)}`,
      'PATCH',
      request,
    );
  }

  async deleteRelease(id: string): Promise<void> {
    await this.request(`/releases/${encodeURIComponent(id)}`, 'DELETE');
  }

  transition(id: string, request: TransitionRequest): Promise<Release> {
    return this.request(
      `/releases/${encodeURIComponent(id)}/transitions`,
      'POST',
      request,
    );
  }

  addComponents(
    id: string,
    components: string[],
    revision?: number,
  ): Promise<Release> {
    return this.request(
      `/releases/${encodeURIComponent(id)}/components`,
      'POST',
      {
        components,
        ...(revision !== undefined ? { revision } : {}),
      },
    );
  }

  removeComponent(id: string, entityRef: string): Promise<Release> {
    return this.request(
      `/releases/${encodeURIComponent(id)}/components/${encodeURIComponent(
        entityRef,
      )}`,
      'DELETE',
    );
  }

  addChecklistItem(
    id: string,
    request: AddChecklistItemRequest,
  ): Promise<ChecklistItem> {
    return this.request(
      `/releases/${encodeURIComponent(id)}/checklist`,
      'POST',
      request,
    );
  }

  updateChecklistItem(
    id: string,
    itemId: string,
    request: UpdateChecklistItemRequest,
  ): Promise<ChecklistItem> {
    return this.request(
      `/releases/${encodeURIComponent(id)}/checklist/${encodeURIComponent(
        itemId,
      )}`,
      'PATCH',
      request,
    );
  }

  async getActivity(id: string): Promise<ActivityEntry[]> {
    const page = await this.request<{ items: ActivityEntry[] }>(
      `/releases/${encodeURIComponent(id)}/activity`,
    );
    return page.items;
  }

  async listTemplates(): Promise<ChecklistTemplate[]> {
    const page = await this.request<{ items: ChecklistTemplate[] }>(
      '/templates',
    );
    return page.items;
  }

  private async request<T>(
    path: string,
    method = 'GET',
    body?: unknown,
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('releases');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body !== undefined
        ? {
            body: JSON.stringify(body),
            headers: { 'Content-Type': 'application/json' },
          }
        : {}),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.status === 204
      ? (undefined as T)
      : ((await response.json()) as T);
  }
}
