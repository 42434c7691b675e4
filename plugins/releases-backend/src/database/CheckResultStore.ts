import type {
  CheckReport,
  CheckResult,
  CheckResultInput,
  FailedCheck,
} from '@releasekit/plugin-releases-common';
import type { RecordCheckResultsRequest } from './operations/checks/recordCheckResults';

/** The automated items a check run evaluates: a component's check in a release not yet finished. */
export interface PendingCheck {
  releaseId: string;
  entityRef: string;
  check: string;
}

/** An automated item still open because the latest result meant for it failed, and its release. */
export interface FailedCheckOfRelease extends FailedCheck {
  releaseId: string;
}

/** Persistence of check results and their effect on automated checklist items. */
export interface CheckResultStore {
  /** Stores results and settles the items they are meant for, in one transaction. */
  recordResults(request: RecordCheckResultsRequest): Promise<CheckReport>;
  /** The items these results would settle, before they are reported (to authorise the caller). */
  awaitingItems(
    results: CheckResultInput[],
  ): Promise<Array<{ releaseId: string; itemId: string }>>;
  /** The latest result of each check reported for the entity. */
  listResults(entityRef: string): Promise<CheckResult[]>;
  /** The automated items of one release, or of every release not yet finished. */
  pendingChecks(releaseId?: string): Promise<PendingCheck[]>;
  /** The open automated items of these releases whose latest result failed. */
  failedChecks(releaseIds: string[]): Promise<FailedCheckOfRelease[]>;
}
