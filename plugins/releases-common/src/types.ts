import type { Decision, Outcome } from './followUpTypes';
import type { ReleaseAccess } from './permissions';
import type { ReadinessSummary, ReleaseReadiness } from './readinessTypes';
import type { ReleaseRisk, ReleaseRiskLevelOnly } from './riskTypes';

/**
 * The Releases domain, shared by the backend (which stores it) and the frontend (which shows it).
 * Field names match the API contract: camelCase, timestamps as ISO 8601 strings in UTC.
 */

/**
 * Where a release is in its lifecycle.
 *
 * @public
 */
export type ReleaseStatus =
  | 'draft'
  | 'planned'
  | 'in_progress'
  | 'released'
  | 'rolled_back'
  | 'cancelled';

/** @public */
export const RELEASE_STATUSES: readonly ReleaseStatus[] = [
  'draft',
  'planned',
  'in_progress',
  'released',
  'rolled_back',
  'cancelled',
];

/**
 * The six functions of release management; every checklist item belongs to one.
 *
 * @public
 */
export type ChecklistCategory =
  | 'planning'
  | 'coordination'
  | 'communication'
  | 'validation'
  | 'execution'
  | 'follow_up';

/** @public */
export const CHECKLIST_CATEGORIES: readonly ChecklistCategory[] = [
  'planning',
  'coordination',
  'communication',
  'validation',
  'execution',
  'follow_up',
];

/** @public */
export type ChecklistItemState = 'open' | 'done' | 'not_applicable';

/** @public */
export const CHECKLIST_ITEM_STATES: readonly ChecklistItemState[] = [
  'open',
  'done',
  'not_applicable',
];

/** @public */
export type RiskLevel = 'low' | 'medium' | 'high';

/** @public */
export interface Risk {
  title: string;
  likelihood: RiskLevel;
  impact: RiskLevel;
  mitigation?: string;
}

/** @public */
export interface ChecklistItem {
  id: string;
  releaseId: string;
  /** The component this item belongs to; null for release-level items. */
  componentRef: string | null;
  title: string;
  category: ChecklistCategory;
  required: boolean;
  /** Entity ref of the user or group that should settle the item. */
  assignee: string | null;
  state: ChecklistItemState;
  note: string | null;
  evidenceUrl: string | null;
  doneBy: string | null;
  doneAt: string | null;
  /** A template id, `manual`, or `carried:<releaseId>`. */
  source: string;
  /**
   * The check that settles this item (for example `ci.tests`), making it automated: results reported
   * for its component settle it. Null for items only a person can settle.
   */
  check: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * An automated item held open because the latest result meant for it failed. A failed required
 * check blocks a go decision unless the decision gives an override reason.
 *
 * @public
 */
export interface FailedCheck {
  itemId: string;
  entityRef: string;
  check: string;
  required: boolean;
  summary: string | null;
  url: string | null;
}

/** @public */
export interface ReleaseSummary {
  id: string;
  title: string;
  version: string;
  status: ReleaseStatus;
  owner: string;
  windowStart: string;
  windowEnd: string;
  components: string[];
  templateId: string;
  revision: number;
  readiness: ReadinessSummary;
  /**
   * The risk score, computed after the release last changed and refreshed on a schedule (freezes
   * draw near, other releases move); null until first computed.
   */
  risk: ReleaseRisk | null;
  /** The plan's text (Markdown): in lists only when asked for (`include=description`). */
  description?: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/**
 * A release as the calendar carries it: the summary without its template and authorship, which the
 * calendar does not show and which would make a busy month's answer a fifth larger. `updatedAt` and
 * `revision` stay: calendar feeds and clients that sync use them to tell a release changed.
 *
 * @public
 */
export interface CalendarRelease
  extends Omit<
    ReleaseSummary,
    | 'templateId'
    | 'createdAt'
    | 'createdBy'
    | 'updatedBy'
    | 'risk'
    | 'description'
  > {
  /** The score and level only: the calendar shows the level, the release page the factors. */
  risk: ReleaseRiskLevelOnly | null;
}

/** @public */
export interface Release extends ReleaseSummary {
  description: string;
  /** Go/no-go decisions, newest last. */
  decisions: Decision[];
  outcome: Outcome | null;
  /** What the viewer may do with the release (GET /releases/:id only). */
  access?: ReleaseAccess;
  risks: Risk[];
  stakeholders: string[];
  checklist: ChecklistItem[];
  readiness: ReleaseReadiness;
  /** The open automated items whose latest result failed, with why. */
  failedChecks: FailedCheck[];
}

/** @public */
export interface ActivityEntry {
  id: string;
  releaseId: string;
  /** What happened, e.g. `release.created`, `checklist.item_updated`. */
  action: string;
  actor: string;
  at: string;
  /** Plain-language one-liner for timelines. */
  summary: string;
  before: unknown;
  after: unknown;
}

/** @public */
export interface ChecklistTemplateItem {
  title: string;
  category: ChecklistCategory;
  required: boolean;
  /** Makes the item automated: see ChecklistItem.check. */
  check?: string;
}

/** @public */
export interface ChecklistTemplate {
  id: string;
  title: string;
  description?: string;
  releaseItems: ChecklistTemplateItem[];
  componentItems: ChecklistTemplateItem[];
}

/** @public */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
