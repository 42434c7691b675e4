import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ActivityEntry,
  ChecklistItem,
  ChecklistTemplate,
  Decision,
  Page,
  Release,
  ReleaseInsights,
  ReleaseMetrics,
  ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import type {
  AddChecklistItemRequest,
  Calendar,
  CalendarFeed,
  CalendarQuery,
  CreateFeedRequest,
  CreateReleaseRequest,
  ListReleasesQuery,
  MetricsQuery,
  RecordDecisionRequest,
  RecordOutcomeRequest,
  ReleasesApi,
  TransitionRequest,
  UpdateChecklistItemRequest,
  UpdateReleaseRequest,
} from './ReleasesApi';

/**
 * The OpenAPI spec describes errors as `{ "error": { "name", "message" } }`, while
 * ResponseError.fromResponse only trusts bodies that also carry `response.statusCode` (as
 * Backstage's error handler writes them). Filling that in keeps the server's own name and message
 * either way, so the UI can show "windowEnd: must be after windowStart" rather than a status line.
 */
async function responseErrorOf(response: Response): Promise<ResponseError> {
  const text = await response.text();
  let normalized = text;
  try {
    const body = JSON.parse(text);
    if (body && typeof body === 'object' && body.error && !body.response) {
      normalized = JSON.stringify({
        ...body,
        response: { statusCode: response.status },
      });
    }
  } catch {
    // Not JSON: ResponseError builds a message from the status and the text.
  }
  return ResponseError.fromResponse({
    headers: response.headers,
    ok: response.ok,
    redirected: response.redirected,
    status: response.status,
    statusText: response.statusText,
    type: response.type,
    url: response.url,
    text: async () => normalized,
  });
}

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

  getInsights(id: string): Promise<ReleaseInsights> {
    return this.request(`/releases/${encodeURIComponent(id)}/insights`);
  }

  async listTemplates(): Promise<ChecklistTemplate[]> {
    const page = await this.request<{ items: ChecklistTemplate[] }>(
      '/templates',
    );
    return page.items;
  }

  recordDecision(
    id: string,
    request: RecordDecisionRequest,
  ): Promise<Decision> {
    return this.request(
      `/releases/${encodeURIComponent(id)}/decisions`,
      'POST',
      request,
    );
  }

  recordOutcome(id: string, request: RecordOutcomeRequest): Promise<Release> {
    return this.request(
      `/releases/${encodeURIComponent(id)}/outcome`,
      'PUT',
      request,
    );
  }

  getMetrics(query: MetricsQuery = {}): Promise<ReleaseMetrics> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value) params.set(key, value);
    }
    const search = params.toString();
    return this.request(`/metrics${search ? `?${search}` : ''}`);
  }

  getCalendar(query: CalendarQuery): Promise<Calendar> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value) params.set(key, value);
    }
    return this.request(`/calendar?${params.toString()}`);
  }

  async listFeeds(): Promise<CalendarFeed[]> {
    const page = await this.request<{ items: CalendarFeed[] }>('/feeds');
    return page.items;
  }

  createFeed(request: CreateFeedRequest): Promise<{ id: string; url: string }> {
    return this.request('/feeds', 'POST', request);
  }

  async revokeFeed(id: string): Promise<void> {
    await this.request(`/feeds/${encodeURIComponent(id)}`, 'DELETE');
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
      throw await responseErrorOf(response);
    }
    return response.status === 204
      ? (undefined as T)
      : ((await response.json()) as T);
  }
}
