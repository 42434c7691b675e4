import type { ReleaseRisk } from '@releasekit/plugin-releases-common';

/** A release's computed risk, with the revision of the release it was computed from. */
export interface RiskSnapshot {
  releaseId: string;
  revision: number;
  risk: ReleaseRisk;
}

/** Persistence of the risk snapshots of releases and the history their scores read. */
export interface RiskStore {
  /**
   * Stores a release's risk unless the release changed since `revision` was read (the change's own
   * refresh writes then). A snapshot is derived data: no revision bump, no activity, no change
   * listener. False when nothing was written.
   */
  saveRisk(snapshot: RiskSnapshot): Promise<boolean>;
  /**
   * For each of these releases that has any, how many other releases of one of its components
   * finished failed or rolled back in the `lookBackMs` before its window starts.
   */
  changeFailures(
    releaseIds: string[],
    lookBackMs: number,
  ): Promise<Map<string, number>>;
  /**
   * A page, in id order after `after`, of the releases the scheduled refresh recomputes: those not
   * yet finished, and finished ones whose risk was never computed.
   */
  releasesToRefresh(request: {
    after?: string;
    limit: number;
  }): Promise<string[]>;
}
