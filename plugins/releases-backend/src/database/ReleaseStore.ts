import type {
  ActivityEntry,
  ReleaseMetrics,
} from '@releasekit/plugin-releases-common';
import type {
  CalendarReleaseRequest,
  CalendarReleaseResult,
  DeleteReleaseRequest,
  InsertReleaseRequest,
  MetricsFilter,
  PendingActionItem,
  ReleaseChange,
  ReleaseListRequest,
  ReleaseListResult,
  StoredReleaseItem,
  StoredReleaseWithChecklist,
} from './types';

/**
 * Called after a write committed, with the releases it created, changed or deleted (to signal open
 * pages and to refresh their risk).
 */
export type ReleaseChangeListener = (
  releaseIds: string[],
) => void | Promise<void>;

/** Persistence of release plans. Every write runs in one transaction. */
export interface ReleaseStore {
  listReleases(request: ReleaseListRequest): Promise<ReleaseListResult>;
  /** The releases of a calendar range, with only what the calendar shows. */
  listCalendarReleases(
    request: CalendarReleaseRequest,
  ): Promise<CalendarReleaseResult>;
  getRelease(id: string): Promise<StoredReleaseWithChecklist | undefined>;
  /** The release with its components (no checklist or follow-up) and one of its items. */
  getReleaseItem(
    id: string,
    itemId: string,
  ): Promise<StoredReleaseItem | undefined>;
  /** Several items with their releases (and components), in three queries; missing ones left out. */
  getReleaseItems(
    pairs: Array<{ releaseId: string; itemId: string }>,
  ): Promise<StoredReleaseItem[]>;
  insertRelease(request: InsertReleaseRequest): Promise<void>;
  /**
   * Returns the new revision when `expectedRevision` was given (undefined otherwise); 404 for an
   * unknown release, 409 for a stale expected revision.
   */
  applyChange(change: ReleaseChange): Promise<number | undefined>;
  /** Deletes the release if it still has `onlyStatus`; false otherwise. */
  deleteRelease(request: DeleteReleaseRequest): Promise<boolean>;
  listActivity(releaseId: string, limit: number): Promise<ActivityEntry[]>;
  /** Carry-forward action items of releases of this template not yet carried anywhere. */
  pendingActionItems(templateId: string): Promise<PendingActionItem[]>;
  metrics(filter: MetricsFilter): Promise<Omit<ReleaseMetrics, 'from' | 'to'>>;
  countReleases(): Promise<number>;
}
