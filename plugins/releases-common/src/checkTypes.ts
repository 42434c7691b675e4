import type { ChecklistItemState } from './types';

/*
 * Automated checks: pipelines (or check providers in backend modules) report results per component
 * and check key; results settle the automated checklist items of releases not yet finished.
 */

/** @public */
export const CHECK_RESULT_STATUSES = ['passed', 'failed', 'running'] as const;
/** @public */
export type CheckResultStatus = (typeof CHECK_RESULT_STATUSES)[number];

/**
 * Check keys: dotted names (`ci.tests`) or a provider prefix (`tech-insights:docs-present`).
 *
 * @public
 */
export const CHECK_KEY_PATTERN = /^[a-z0-9][a-z0-9._-]*(:[A-Za-z0-9._-]+)?$/;

/**
 * One result as a pipeline reports it.
 *
 * @public
 */
export interface CheckResultInput {
  entityRef: string;
  check: string;
  status: CheckResultStatus;
  url?: string;
  summary?: string;
  /** Only releases of this version are settled. */
  version?: string;
  commit?: string;
  /** Only this release is settled. */
  releaseId?: string;
}

/**
 * A stored result: the latest per component and check.
 *
 * @public
 */
export interface CheckResult
  extends Required<Pick<CheckResultInput, 'entityRef' | 'check' | 'status'>> {
  url: string | null;
  summary: string | null;
  version: string | null;
  commit: string | null;
  releaseId: string | null;
  reportedAt: string;
  /** The user or the pipeline's service principal that reported it. */
  reportedBy: string;
}

/**
 * What reporting results did: the items it settled, and results no item waits for (yet).
 *
 * @public
 */
export interface CheckReport {
  settled: Array<{
    releaseId: string;
    itemId: string;
    state: ChecklistItemState;
  }>;
  unmatched: Array<{ entityRef: string; check: string }>;
}

/**
 * The state a result puts an automated item in: only a pass settles it.
 *
 * @public
 */
export function stateForCheckResult(
  status: CheckResultStatus,
): ChecklistItemState {
  return status === 'passed' ? 'done' : 'open';
}

/**
 * The signals channel on which the backend says that a release changed (message: its id).
 *
 * @public
 */
export function releaseSignalChannel(releaseId: string): string {
  return `releases:release:${releaseId}`;
}
