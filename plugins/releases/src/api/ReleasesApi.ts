import { createApiRef } from '@backstage/core-plugin-api';
import type {
  ActivityEntry,
  Calendar,
  CalendarQuery,
  ChecklistCategory,
  ChecklistItem,
  ChecklistItemState,
  ChecklistTemplate,
  Decision,
  DecisionVerdict,
  Incident,
  ActionItem,
  OutcomeResult,
  Page,
  Release,
  ReleaseInsights,
  ReleaseMetrics,
  ReleaseStatus,
  ReleaseSummary,
  Risk,
} from '@releasekit/plugin-releases-common';

export interface ListReleasesQuery {
  entityRef?: string;
  owner?: string;
  status?: ReleaseStatus[];
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

export interface CreateReleaseRequest {
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

export type UpdateReleaseRequest = Partial<
  Omit<CreateReleaseRequest, 'components' | 'templateId'>
> & { revision: number };

export interface TransitionRequest {
  to: ReleaseStatus;
  reason?: string;
  override?: boolean;
  revision?: number;
}

export interface UpdateChecklistItemRequest {
  state?: ChecklistItemState;
  note?: string | null;
  evidenceUrl?: string | null;
  revision?: number;
}

export interface AddChecklistItemRequest {
  title: string;
  category: ChecklistCategory;
  componentRef?: string | null;
  required?: boolean;
  assignee?: string;
}

export interface RecordDecisionRequest {
  decision: DecisionVerdict;
  rationale: string;
  attendees?: string[];
}

export interface RecordOutcomeRequest {
  result: OutcomeResult;
  /** The actual release time, ISO 8601. */
  releasedAt: string;
  incidents?: Incident[];
  /** Markdown. */
  lessonsLearned?: string;
  actionItems?: ActionItem[];
  revision?: number;
}

export interface MetricsQuery {
  from?: string;
  to?: string;
  owner?: string;
  entityRef?: string;
}

export type {
  Calendar,
  CalendarQuery,
} from '@releasekit/plugin-releases-common';

/** A personal calendar feed; its secret URL is only shown once, when it is created. */
export interface CalendarFeed {
  id: string;
  owner?: string;
  entityRef?: string;
  includeFreezes: boolean;
}

export interface CreateFeedRequest {
  owner?: string;
  entityRef?: string;
  includeFreezes?: boolean;
}

/** The Releases backend API, as the frontend uses it. Errors are thrown as ResponseError. */
export interface ReleasesApi {
  listReleases(query?: ListReleasesQuery): Promise<Page<ReleaseSummary>>;
  getRelease(id: string): Promise<Release>;
  createRelease(request: CreateReleaseRequest): Promise<Release>;
  updateRelease(id: string, request: UpdateReleaseRequest): Promise<Release>;
  deleteRelease(id: string): Promise<void>;
  transition(id: string, request: TransitionRequest): Promise<Release>;
  addComponents(
    id: string,
    components: string[],
    revision?: number,
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
  /** Releases, freeze occurrences and conflicts in [from, to). */
  getCalendar(query: CalendarQuery): Promise<Calendar>;
  /** The signed-in user's live calendar feeds. */
  listFeeds(): Promise<CalendarFeed[]>;
  /** Creates a secret calendar feed URL for the signed-in user. */
  createFeed(request: CreateFeedRequest): Promise<{ id: string; url: string }>;
  revokeFeed(id: string): Promise<void>;
}

export const releasesApiRef = createApiRef<ReleasesApi>({
  id: 'plugin.releases.api',
});
