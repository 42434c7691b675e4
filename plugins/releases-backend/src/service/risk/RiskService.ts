/**
 * Keeps the risk snapshot of each release: computed after every change and on a schedule, read by
 * every answer that carries a risk (so lists and the calendar cost no more than without it).
 */
export interface RiskService {
  /**
   * Recomputes and stores the risk of these releases (unknown ids are skipped); answers the ids
   * whose score, level or factors changed.
   */
  refresh(releaseIds: string[]): Promise<string[]>;
  /** Refreshes every release not yet finished, and those never computed, in batches. */
  refreshAll(signal?: AbortSignal): Promise<void>;
}
