import { createApiRef } from '@backstage/core-plugin-api';
import type {
  ActivityEntry,
  Calendar,
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
import type { components } from './generated/openapi';
import type { AnswerOf, QueryOf, RequestBodyOf } from './operationTypes';

/*
 * Requests are the spec's own shapes (src/api/generated, from openapi.yaml); answers are the
 * domain types of -common, which answerTypes.test-d.ts holds equal to the spec's.
 */

/**
 * Filters of GET /releases; `status` is the spec's comma-separated list, as an array.
 *
 * @public
 */
export type ListReleasesQuery = Omit<QueryOf<'ListReleases'>, 'status'> & {
  status?: components['schemas']['ReleaseStatus'][];
};

/** @public */
export type CreateReleaseRequest = RequestBodyOf<'CreateRelease'>;

/**
 * Only the fields to change, with the revision the change was made on.
 *
 * @public
 */
export type UpdateReleaseRequest = RequestBodyOf<'UpdateRelease'>;

/** @public */
export type TransitionRequest = RequestBodyOf<'TransitionRelease'>;

/** @public */
export type UpdateChecklistItemRequest = RequestBodyOf<'UpdateChecklistItem'>;

/** @public */
export type AddChecklistItemRequest = RequestBodyOf<'AddChecklistItem'>;

/** @public */
export type RecordDecisionRequest = RequestBodyOf<'RecordDecision'>;

/**
 * `releasedAt` is the actual release time, ISO 8601; `lessonsLearned` is markdown.
 *
 * @public
 */
export type RecordOutcomeRequest = RequestBodyOf<'RecordOutcome'>;

/** @public */
export type MetricsQuery = QueryOf<'GetMetrics'>;

/**
 * The range ([from, to), ISO 8601) and filters of GET /calendar.
 *
 * @public
 */
export type CalendarQuery = QueryOf<'GetCalendar'>;

export type { Calendar } from '@releasekit/plugin-releases-common';

/**
 * A personal calendar feed; its secret URL is only shown once, when it is created.
 *
 * @public
 */
export type CalendarFeed = components['schemas']['Feed'];

/** @public */
export type CreateFeedRequest = RequestBodyOf<'CreateFeed'>;

/**
 * Filters of GET /deployments: a component, an environment, a release; newest start first.
 *
 * @public
 */
export type ListDeploymentsQuery = QueryOf<'ListDeployments'>;

/**
 * A deployment as a pipeline or a person reports it; see DeploymentInput in -common.
 *
 * @public
 */
export type ReportDeploymentRequest = RequestBodyOf<'ReportDeployment'>;

/**
 * The range ([from, to), ISO 8601) and filters of GET /metrics/deployments.
 *
 * @public
 */
export type DeploymentMetricsQuery = QueryOf<'GetDeploymentMetrics'>;

/**
 * The body of POST /releases/:id/components: the components to add and the revision read.
 *
 * @public
 */
export type AddComponentsRequest = RequestBodyOf<'AddReleaseComponents'>;

/**
 * The Releases backend API, as the frontend uses it. Errors are thrown as ResponseError.
 *
 * @public
 */
export interface ReleasesApi {
  listReleases(query?: ListReleasesQuery): Promise<Page<ReleaseSummary>>;
  getRelease(id: string): Promise<Release>;
  createRelease(request: CreateReleaseRequest): Promise<Release>;
  updateRelease(id: string, request: UpdateReleaseRequest): Promise<Release>;
  deleteRelease(id: string): Promise<void>;
  transition(id: string, request: TransitionRequest): Promise<Release>;
  addComponents(
    id: string,
    components: AddComponentsRequest['components'],
    revision?: AddComponentsRequest['revision'],
  ): Promise<Release>;
  removeComponent(id: string, entityRef: string): Promise<Release>;
  addChecklistItem(
    id: string,
    request: AddChecklistItemRequest,
  ): Promise<ChecklistItem>;
  updateChecklistItem(
    id: string,
    itemId: string,
    request: UpdateChecklistItemRequest,
  ): Promise<ChecklistItem>;
  /** Evaluates the release's provider checks (catalog, Tech Insights) now. */
  runReleaseChecks(id: string): Promise<CheckReport>;
  /** The latest result of each check reported for a component. */
  listCheckResults(entityRef: string): Promise<CheckResult[]>;
  getActivity(id: string): Promise<ActivityEntry[]>;
  /** Dependencies from the catalog, suggested order, warnings and conflicts. */
  getInsights(id: string): Promise<ReleaseInsights>;
  listTemplates(): Promise<ChecklistTemplate[]>;
  /** Records a go/no-go decision with a snapshot of the readiness at that moment. */
  recordDecision(id: string, request: RecordDecisionRequest): Promise<Decision>;
  /** Records (or amends) the outcome; an in-progress release becomes released or rolled back. */
  recordOutcome(id: string, request: RecordOutcomeRequest): Promise<Release>;
  /** Metrics of the releases completed in [from, to), overall, per month and per owning team. */
  getMetrics(query?: MetricsQuery): Promise<ReleaseMetrics>;
  /** Production deployments finished in [from, to): frequency, change failure rate, time to restore. */
  getDeploymentMetrics(
    query?: DeploymentMetricsQuery,
  ): Promise<DeploymentMetrics>;
  /** Deployments, newest start first, one page at a time. */
  listDeployments(query?: ListDeploymentsQuery): Promise<Page<Deployment>>;
  /** Records a deployment, or the finish of one; a repeated report changes nothing. */
  reportDeployment(request: ReportDeploymentRequest): Promise<DeploymentReport>;
  /** What is deployed where: the latest succeeded deployment of a component per environment. */
  getCurrentDeployments(entityRef: string): Promise<CurrentDeployments>;
  /** The runbook: the release's components in the suggested order, with their deployments. */
  getReleaseExecution(id: string): Promise<ReleaseExecution>;
  /** Releases, freeze occurrences and conflicts in [from, to). */
  getCalendar(query: CalendarQuery): Promise<Calendar>;
  /** The signed-in user's live calendar feeds. */
  listFeeds(): Promise<CalendarFeed[]>;
  /** Creates a secret calendar feed URL for the signed-in user. */
  createFeed(request: CreateFeedRequest): Promise<AnswerOf<'CreateFeed', 201>>;
  revokeFeed(id: string): Promise<void>;
}

/** @public */
export const releasesApiRef = createApiRef<ReleasesApi>({
  id: 'plugin.releases.api',
});
