import type {
  ActionItem,
  ActivityEntry,
  CalendarRelease,
  ChecklistItem,
  Decision,
  DecisionVerdict,
  FailedCheck,
  Incident,
  Outcome,
  OutcomeResult,
  ReadinessSummary,
  ReleaseRisk,
  ReleaseRiskLevelOnly,
  ReleaseStatus,
  ReleaseSummary,
  Risk,
} from '@releasekit/plugin-releases-common';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';

/**
 * What a conditional decision on releases becomes in SQL: each permission rule (permissions/rules.ts)
 * maps to one of these, and applyReadScope (operations/permissionCriteria.ts) turns them into WHERE
 * clauses, so that lists are filtered in the database and pages stay full. It lives here, below both,
 * as the catalog keeps its search filter in its database types. Feeds store it as JSON (their
 * owner's read permission): a key renamed here would change what stored feeds mean.
 */
export type ReleaseQuery =
  | { owners: string[] }
  | { includesEntity: string }
  | { statuses: ReleaseStatus[] };

/** Which releases a caller may read: all, none, or those matching conditional criteria. */
export type ReleaseReadScope =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'some'; criteria: PermissionCriteria<ReleaseQuery> };

/** A release as the store holds it, before readiness is rolled up. */
export interface StoredRelease {
  id: string;
  title: string;
  version: string;
  description: string;
  risks: Risk[];
  owner: string;
  stakeholders: string[];
  templateId: string;
  status: ReleaseStatus;
  windowStart: string;
  windowEnd: string;
  revision: number;
  plannedAt: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  components: StoredComponent[];
  /** Computed after the last change (service/risk); null until then. */
  risk: ReleaseRisk | null;
}

export interface StoredComponent {
  entityRef: string;
  ownerRef: string | null;
  systemRef: string | null;
}

export interface StoredReleaseWithChecklist extends StoredRelease {
  checklist: ChecklistItem[];
  failedChecks: FailedCheck[];
  decisions: Decision[];
  outcome: Outcome | null;
}

/**
 * A release with its components but without its checklist and follow-up, and one of its checklist
 * items (undefined when it has no item of that id): all that deciding and applying a tick needs.
 */
export interface StoredReleaseItem {
  release: StoredRelease;
  item: ChecklistItem | undefined;
}

export interface NewDecision {
  id: string;
  decision: DecisionVerdict;
  rationale: string;
  attendees: string[];
  readiness: ReadinessSummary;
  overrideReason: string | null;
}

export interface NewOutcome {
  result: OutcomeResult;
  releasedAt: number;
  incidents: Incident[];
  lessonsLearned: string;
  actionItems: Array<ActionItem & { id: string }>;
}

/** An action item waiting to be carried into the next release of its template and components. */
export interface PendingActionItem {
  id: string;
  title: string;
  releaseId: string;
  releaseTitle: string;
  releaseVersion: string;
  components: string[];
}

/** Item counts per release, from one SQL aggregate. */
export interface ChecklistCounts {
  total: number;
  settled: number;
  requiredOpen: number;
}

/**
 * What lists, the calendar and conflict checks need of a release: everything but its long texts
 * (description, risks) and the people and dates only its own page shows.
 */
export type StoredReleaseSummary = Omit<
  StoredRelease,
  'description' | 'risks' | 'stakeholders' | 'plannedAt'
>;

export interface StoredReleaseWithCounts extends StoredReleaseSummary {
  counts: ChecklistCounts;
  /** Only when the list asked for it (`withDescription`). */
  description?: string;
}

/**
 * What the calendar reads of a release: a summary without the fields the calendar's answer leaves
 * out (CalendarRelease), with its components' owners and systems for conflict checks.
 */
export type StoredCalendarRelease = Omit<
  StoredReleaseWithCounts,
  Exclude<keyof ReleaseSummary, keyof CalendarRelease> | 'risk'
> & { risk: ReleaseRiskLevelOnly | null };

export interface CalendarReleaseRequest {
  filter: ReleaseFilter;
  /** The most releases one answer carries. */
  limit: number;
}

export interface CalendarReleaseResult {
  releases: StoredCalendarRelease[];
  /** True when more releases matched than `limit`. */
  truncated: boolean;
}

export interface ReleaseFilter {
  /** A component ref, or a system ref matching its components. */
  entityRef?: string;
  /** Releases including any of these components. */
  entityRefs?: string[];
  owner?: string;
  statuses?: ReleaseStatus[];
  /** Epoch ms: the window ends after this. */
  from?: number;
  /** Epoch ms: the window starts before this. */
  to?: number;
  q?: string;
  /** What the caller may read, from the permission framework. */
  readScope?: ReleaseReadScope;
}

export interface ReleaseListRequest {
  filter: ReleaseFilter;
  limit: number;
  cursor?: string;
  /** Reads each release's description too (for indexers, which want every release's text). */
  withDescription?: boolean;
}

export interface ReleaseListResult {
  items: StoredReleaseWithCounts[];
  nextCursor?: string;
}

/** The columns of a release that a change may set. */
export interface ReleaseFields {
  title?: string;
  version?: string;
  description?: string;
  risks?: Risk[];
  owner?: string;
  stakeholders?: string[];
  status?: ReleaseStatus;
  windowStart?: number;
  windowEnd?: number;
  plannedAt?: number;
}

export interface NewChecklistItem {
  id: string;
  componentRef: string | null;
  title: string;
  category: ChecklistItem['category'];
  required: boolean;
  assignee: string | null;
  source: string;
  /** The check that settles the item; none for items a person settles. */
  check?: string | null;
}

export interface ChecklistItemFields {
  state?: ChecklistItem['state'];
  note?: string | null;
  evidenceUrl?: string | null;
  doneBy?: string | null;
  doneAt?: number | null;
}

export interface ActivityInput {
  action: string;
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** Who makes a write to a release, when (epoch ms), and what its activity trail records of it. */
export interface ReleaseWrite {
  actor: string;
  at: number;
  activity: ActivityInput[];
}

export interface InsertReleaseRequest extends ReleaseWrite {
  release: NewRelease;
}

export interface DeleteReleaseRequest extends ReleaseWrite {
  id: string;
  /** The status the release must still have; otherwise nothing is deleted. */
  onlyStatus: ReleaseStatus;
}

/** A decision or outcome written inside a release change, by its actor at its time. */
export type FollowUpWrite<T> = T & {
  releaseId: string;
  actor: string;
  at: number;
};

/** Completed releases whose outcome falls in [from, to) (epoch ms), for the metrics. */
export interface MetricsFilter {
  from: number;
  to: number;
  owner?: string;
  entityRef?: string;
  readScope?: ReleaseReadScope;
}

export interface NewRelease {
  id: string;
  title: string;
  version: string;
  description: string;
  risks: Risk[];
  owner: string;
  stakeholders: string[];
  templateId: string;
  status: ReleaseStatus;
  windowStart: number;
  windowEnd: number;
  plannedAt: number | null;
  components: StoredComponent[];
  items: NewChecklistItem[];
  /** Action items of earlier releases carried into this one, marked so they are carried once. */
  carriedActionItemIds?: string[];
}

/**
 * Everything one write does to a release, applied in one transaction: the revision is bumped (and
 * checked first when `expectedRevision` is set), then fields, scope, checklist and activity follow.
 */
export interface ReleaseChange extends ReleaseWrite {
  releaseId: string;
  expectedRevision?: number;
  fields?: ReleaseFields;
  addComponents?: StoredComponent[];
  removeComponents?: string[];
  addItems?: NewChecklistItem[];
  removeItemIds?: string[];
  updateItems?: Array<{ id: string; fields: ChecklistItemFields }>;
  addDecision?: NewDecision;
  /** Records (or replaces) the outcome and its action items. */
  setOutcome?: NewOutcome;
}

export type { ActivityEntry };
