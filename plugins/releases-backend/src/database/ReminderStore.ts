/** The reminder key of "the window has started and the release is not ready". */
export const NOT_READY_KEY = 'release:not-ready';

/** An open required item of a planned release whose window starts soon. */
export interface DueItem {
  releaseId: string;
  title: string;
  version: string;
  windowStart: number;
  itemId: string;
  itemTitle: string;
  assignee: string;
}

export interface StartedUnready {
  releaseId: string;
  title: string;
  version: string;
  owner: string;
  windowStart: number;
  requiredOpen: number;
}

/** A reminder about to be sent: an item (or NOT_READY_KEY) of a release, for one window start. */
export interface ReminderClaim {
  releaseId: string;
  itemKey: string;
  windowStart: number;
  at: number;
}

/** What the reminder task reads and records. */
export interface ReminderStore {
  /** Open required items of planned releases starting within (now, now + leadMs], not yet reminded. */
  dueItems(now: number, leadMs: number): Promise<DueItem[]>;
  /** Releases whose window has started with required items open, not yet reported. */
  startedUnready(now: number): Promise<StartedUnready[]>;
  /** False when the reminder was claimed already (by an earlier run or another replica). */
  claim(claim: ReminderClaim): Promise<boolean>;
}
