import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  ActivityEntry,
  CheckReport,
  CheckResult,
  ChecklistItem,
  ChecklistTemplate,
  CurrentDeployments,
  Decision,
  Deployment,
  DeploymentMetrics,
  DeploymentReport,
  Page,
  Release,
  ReleaseExecution,
  ReleaseInsights,
  ReleaseMetrics,
  ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/openapi';
import type {
  AddChecklistItemRequest,
  Calendar,
  CalendarFeed,
  CalendarQuery,
  CreateFeedRequest,
  CreateReleaseRequest,
  DeploymentMetricsQuery,
  ListDeploymentsQuery,
  ListReleasesQuery,
  MetricsQuery,
  RecordDecisionRequest,
  RecordOutcomeRequest,
  ReleasesApi,
  ReportDeploymentRequest,
  TransitionRequest,
  UpdateChecklistItemRequest,
  UpdateReleaseRequest,
} from './ReleasesApi';

/** What openapi-fetch resolves a call with: the answer, or the error body it read. */
type Sent<Data> = Promise<{ data?: Data; error?: unknown; response: Response }>;

/**
 * The OpenAPI spec describes errors as `{ "error": { "name", "message" } }`, while
 * ResponseError.fromResponse only trusts bodies that also carry `response.statusCode` (as
 * Backstage's error handler writes them). Filling that in keeps the server's own name and message
 * either way, so the UI can show "windowEnd: must be after windowStart" rather than a status line.
 * openapi-fetch has read the body already: `body` is its JSON, or its text when it was not JSON.
 */
async function responseErrorOf(
  response: Response,
  body: unknown,
): Promise<ResponseError> {
  let text = typeof body === 'string' ? body : JSON.stringify(body ?? '');
  if (body && typeof body === 'object' && 'error' in body) {
    text = JSON.stringify(
      'response' in body
        ? body
        : { ...body, response: { statusCode: response.status } },
    );
  }
  return ResponseError.fromResponse({
    headers: response.headers,
    ok: response.ok,
    redirected: response.redirected,
    status: response.status,
    statusText: response.statusText,
    type: response.type,
    url: response.url,
    text: async () => text,
  });
}

/** Query parameters without the unset ones: an empty filter is no filter. */
function setParams<Query extends object>(query: Query): Query {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== undefined && value !== '',
    ),
  ) as Query;
}

/**
 * Talks to /api/releases through Backstage's fetch API, which adds the user's token. Paths, bodies
 * and answers are typed by the spec through openapi-fetch, so a call that no longer matches
 * openapi.yaml does not compile.
 *
 * @public
 */
export class ReleasesClient implements ReleasesApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  listReleases(query: ListReleasesQuery = {}): Promise<Page<ReleaseSummary>> {
    const { status, ...filters } = query;
    return this.call(api =>
      api.GET('/releases', {
        params: {
          query: setParams({ ...filters, status: status?.join(',') }),
        },
      }),
    );
  }

  getRelease(id: string): Promise<Release> {
    return this.call(api =>
      api.GET('/releases/{id}', { params: { path: { id } } }),
    );
  }

  createRelease(request: CreateReleaseRequest): Promise<Release> {
    return this.call(api => api.POST('/releases', { body: request }));
  }

  updateRelease(id: string, request: UpdateReleaseRequest): Promise<Release> {
    return this.call(api =>
      api.PATCH('/releases/{id}', { params: { path: { id } }, body: request }),
    );
  }

  async deleteRelease(id: string): Promise<void> {
    await this.call(api =>
      api.DELETE('/releases/{id}', { params: { path: { id } } }),
    );
  }

  transition(id: string, request: TransitionRequest): Promise<Release> {
    return this.call(api =>
      api.POST('/releases/{id}/transitions', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  addComponents(
    id: string,
    components: string[],
    revision?: number,
  ): Promise<Release> {
    return this.call(api =>
      api.POST('/releases/{id}/components', {
        params: { path: { id } },
        body: { components, ...(revision !== undefined ? { revision } : {}) },
      }),
    );
  }

  removeComponent(id: string, entityRef: string): Promise<Release> {
    return this.call(api =>
      api.DELETE('/releases/{id}/components/{entityRef}', {
        params: { path: { id, entityRef } },
      }),
    );
  }

  addChecklistItem(
    id: string,
    request: AddChecklistItemRequest,
  ): Promise<ChecklistItem> {
    return this.call(api =>
      api.POST('/releases/{id}/checklist', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  updateChecklistItem(
    id: string,
    itemId: string,
    request: UpdateChecklistItemRequest,
  ): Promise<ChecklistItem> {
    return this.call(api =>
      api.PATCH('/releases/{id}/checklist/{itemId}', {
        params: { path: { id, itemId } },
        body: request,
      }),
    );
  }

  runReleaseChecks(id: string): Promise<CheckReport> {
    return this.call(api =>
      api.POST('/releases/{id}/checks/run', { params: { path: { id } } }),
    );
  }

  async listCheckResults(entityRef: string): Promise<CheckResult[]> {
    const page = await this.call(api =>
      api.GET('/checks/results', { params: { query: { entityRef } } }),
    );
    return page.items;
  }

  async getActivity(id: string): Promise<ActivityEntry[]> {
    const page = await this.call(api =>
      api.GET('/releases/{id}/activity', { params: { path: { id } } }),
    );
    return page.items;
  }

  getInsights(id: string): Promise<ReleaseInsights> {
    return this.call(api =>
      api.GET('/releases/{id}/insights', { params: { path: { id } } }),
    );
  }

  async listTemplates(): Promise<ChecklistTemplate[]> {
    const page = await this.call(api => api.GET('/templates'));
    return page.items;
  }

  recordDecision(
    id: string,
    request: RecordDecisionRequest,
  ): Promise<Decision> {
    return this.call(api =>
      api.POST('/releases/{id}/decisions', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  recordOutcome(id: string, request: RecordOutcomeRequest): Promise<Release> {
    return this.call(api =>
      api.PUT('/releases/{id}/outcome', {
        params: { path: { id } },
        body: request,
      }),
    );
  }

  getMetrics(query: MetricsQuery = {}): Promise<ReleaseMetrics> {
    return this.call(api =>
      api.GET('/metrics', { params: { query: setParams(query) } }),
    );
  }

  getDeploymentMetrics(
    query: DeploymentMetricsQuery = {},
  ): Promise<DeploymentMetrics> {
    return this.call(api =>
      api.GET('/metrics/deployments', { params: { query: setParams(query) } }),
    );
  }

  listDeployments(query: ListDeploymentsQuery = {}): Promise<Page<Deployment>> {
    return this.call(api =>
      api.GET('/deployments', { params: { query: setParams(query) } }),
    );
  }

  reportDeployment(
    request: ReportDeploymentRequest,
  ): Promise<DeploymentReport> {
    return this.call(api => api.POST('/deployments', { body: request }));
  }

  getCurrentDeployments(entityRef: string): Promise<CurrentDeployments> {
    return this.call(api =>
      api.GET('/deployments/current', { params: { query: { entityRef } } }),
    );
  }

  getReleaseExecution(id: string): Promise<ReleaseExecution> {
    return this.call(api =>
      api.GET('/releases/{id}/execution', { params: { path: { id } } }),
    );
  }

  getCalendar(query: CalendarQuery): Promise<Calendar> {
    return this.call(api =>
      api.GET('/calendar', { params: { query: setParams(query) } }),
    );
  }

  async listFeeds(): Promise<CalendarFeed[]> {
    const page = await this.call(api => api.GET('/feeds'));
    return page.items;
  }

  createFeed(request: CreateFeedRequest): Promise<{ id: string; url: string }> {
    return this.call(api => api.POST('/feeds', { body: request }));
  }

  async revokeFeed(id: string): Promise<void> {
    await this.call(api =>
      api.DELETE('/feeds/{feedId}', { params: { path: { feedId: id } } }),
    );
  }

  /**
   * Hands the Request openapi-fetch built to Backstage's fetch API as a URL and init, the way
   * Backstage's own clients call it: its middleware builds a new Request from what it is given and
   * then passes the original on, which a Request whose body was read once cannot survive.
   */
  private async send(request: Request): Promise<Response> {
    return this.fetchApi.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ? await request.text() : undefined,
    });
  }

  /** Sends one request to the plugin's current base URL; a refusal is thrown as ResponseError. */
  private async call<Data>(send: (api: Client<paths>) => Sent<Data>) {
    const api = createClient<paths>({
      baseUrl: await this.discoveryApi.getBaseUrl('releases'),
      fetch: request => this.send(request),
    });
    const { data, error, response } = await send(api);
    if (!response.ok) {
      throw await responseErrorOf(response, error);
    }
    return data as Data;
  }
}
