import {
  type ActivityEntry,
  type ChecklistCategory,
  type ChecklistItem,
  type ChecklistItemState,
  type CheckResult,
  type CheckResultStatus,
  type Deployment,
  type DeploymentStatus,
  isoFromEpochMs,
  type ReleaseRisk,
  type ReleaseRiskLevel,
  type ReleaseRiskLevelOnly,
  type ReleaseStatus,
  type Risk,
} from '@releasekit/plugin-releases-common';

/*
 * Row types, exactly as the tables hold them. Timestamps are epoch milliseconds (see the migration).
 * Drivers differ in what they hand back: PostgreSQL returns bigint and aggregates as strings, MySQL
 * returns booleans as 0/1, so every read goes through the converters below.
 */

export interface ReleaseRow {
  id: string;
  title: string;
  version: string;
  description: string;
  risks: string;
  owner: string;
  stakeholders: string;
  template_id: string;
  status: ReleaseStatus;
  window_start: number | string;
  window_end: number | string;
  revision: number;
  planned_at: number | string | null;
  created_at: number | string;
  created_by: string;
  updated_at: number | string;
  updated_by: string;
  /** The risk score as JSON (ReleaseRisk), with its score and level in columns of their own. */
  risk: string | null;
  risk_score: number | null;
  risk_level: ReleaseRiskLevel | null;
}

/** The columns a release summary is read from (lists and the calendar). */
export const RELEASE_SUMMARY_COLUMNS = [
  'id',
  'title',
  'version',
  'owner',
  'template_id',
  'status',
  'window_start',
  'window_end',
  'revision',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'risk',
  'risk_score',
  'risk_level',
] as const;

export type ReleaseSummaryRow = Pick<
  ReleaseRow,
  (typeof RELEASE_SUMMARY_COLUMNS)[number]
>;

/**
 * The columns the calendar reads: what it shows, what conflict checks need, and the revision and
 * update time its feeds follow. Not the template or who created and last changed a release.
 */
export const CALENDAR_RELEASE_COLUMNS = [
  'id',
  'title',
  'version',
  'owner',
  'status',
  'window_start',
  'window_end',
  'revision',
  'updated_at',
  'risk_score',
  'risk_level',
] as const satisfies ReadonlyArray<(typeof RELEASE_SUMMARY_COLUMNS)[number]>;

export type CalendarReleaseRow = Pick<
  ReleaseRow,
  (typeof CALENDAR_RELEASE_COLUMNS)[number]
>;

export interface ReleaseComponentRow {
  release_id: string;
  entity_ref: string;
  owner_ref: string | null;
  system_ref: string | null;
  position: number;
  /** A copy of the release's window_start, kept in step by every write of either. */
  window_start: number | string;
}

export interface ChecklistItemRow {
  id: string;
  release_id: string;
  component_ref: string | null;
  title: string;
  category: ChecklistCategory;
  required: boolean | number;
  assignee: string | null;
  state: ChecklistItemState;
  note: string | null;
  evidence_url: string | null;
  done_by: string | null;
  done_at: number | string | null;
  source: string;
  check: string | null;
  position: number;
  created_at: number | string;
  updated_at: number | string;
}

export interface CheckResultRow {
  entity_ref: string;
  check: string;
  status: CheckResultStatus;
  url: string | null;
  summary: string | null;
  version: string | null;
  commit: string | null;
  release_id: string | null;
  reported_at: number | string;
  reported_by: string;
}

export interface DeploymentRow {
  id: string;
  entity_ref: string;
  owner_ref: string | null;
  version: string;
  environment: string;
  status: DeploymentStatus;
  url: string | null;
  commit: string | null;
  started_at: number | string;
  finished_at: number | string | null;
  reported_by: string;
  release_id: string | null;
  updated_at: number | string;
}

export function deploymentFromRow(row: DeploymentRow): Deployment {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    version: row.version,
    environment: row.environment,
    status: row.status,
    url: row.url,
    commit: row.commit,
    startedAt: toIso(row.started_at),
    finishedAt: toIsoOrNull(row.finished_at),
    reportedBy: row.reported_by,
    releaseId: row.release_id,
  };
}

export interface ActivityRow {
  id: number | string;
  release_id: string;
  action: string;
  actor: string;
  at: number | string;
  summary: string;
  before: string | null;
  after: string | null;
}

export function toIso(ms: number | string): string {
  return isoFromEpochMs(Number(ms));
}

export function toIsoOrNull(ms: number | string | null): string | null {
  return ms === null ? null : toIso(ms);
}

export function parseJson<T>(text: string | null, fallback: T): T {
  return text === null || text === '' ? fallback : (JSON.parse(text) as T);
}

export function itemFromRow(row: ChecklistItemRow): ChecklistItem {
  return {
    id: row.id,
    releaseId: row.release_id,
    componentRef: row.component_ref,
    title: row.title,
    category: row.category,
    required: Boolean(row.required),
    assignee: row.assignee,
    state: row.state,
    note: row.note,
    evidenceUrl: row.evidence_url,
    doneBy: row.done_by,
    doneAt: toIsoOrNull(row.done_at),
    source: row.source,
    check: row.check ?? null,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

export function checkResultFromRow(row: CheckResultRow): CheckResult {
  return {
    entityRef: row.entity_ref,
    check: row.check,
    status: row.status,
    url: row.url,
    summary: row.summary,
    version: row.version,
    commit: row.commit,
    releaseId: row.release_id,
    reportedAt: toIso(row.reported_at),
    reportedBy: row.reported_by,
  };
}

export function activityFromRow(row: ActivityRow): ActivityEntry {
  return {
    id: String(row.id),
    releaseId: row.release_id,
    action: row.action,
    actor: row.actor,
    at: toIso(row.at),
    summary: row.summary,
    before: parseJson<unknown>(row.before, null),
    after: parseJson<unknown>(row.after, null),
  };
}

/** The level the calendar shows, from its own columns; null until the risk is first computed. */
export function riskLevelFromRow(
  row: Pick<ReleaseRow, 'risk_score' | 'risk_level'>,
): ReleaseRiskLevelOnly | null {
  if (row.risk_score === null || row.risk_level === null) return null;
  return { score: Number(row.risk_score), level: row.risk_level };
}

export function riskFromRow(row: Pick<ReleaseRow, 'risk'>): ReleaseRisk | null {
  return row.risk ? parseJson<ReleaseRisk | null>(row.risk, null) : null;
}

export function risksFromRow(row: ReleaseRow): Risk[] {
  return parseJson<Risk[]>(row.risks, []);
}
