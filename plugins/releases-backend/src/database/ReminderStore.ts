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

/** One reminder: an item (or NOT_READY_KEY) of a release, for one window start. */
export interface ReminderKey {
  releaseId: string;
  itemKey: string;
  windowStart: number;
}

/** What claiming a reminder came to. */
export type ClaimOutcome = 'new' | 'retry' | false;

/** A reminder about to be sent. */
export interface ReminderClaim extends ReminderKey {
  at: number;
  /** A claim left undelivered since before this (its run died or could not send) is taken over. */
  retryBefore: number;
}

/**
 * What the reminder task reads and records. "Not yet reminded" means no claim, or a claim left
 * undelivered since before `retryBefore`: reminders go at least once.
 */
export interface ReminderStore {
  /** Open required items of planned releases starting within (now, now + leadMs], not yet reminded. */
  dueItems(
    now: number,
    leadMs: number,
    retryBefore: number,
  ): Promise<DueItem[]>;
  /** Releases whose window has started with required items open, not yet reported. */
  startedUnready(now: number, retryBefore: number): Promise<StartedUnready[]>;
  /**
   * `'new'`, `'retry'` when a claim left undelivered was taken over, or false when the reminder is
   * claimed already (by another run or replica) and not stale.
   */
  claim(claim: ReminderClaim): Promise<ClaimOutcome>;
  /** Records that the reminders of one release window have been sent. */
  markDelivered(
    releaseId: string,
    windowStart: number,
    itemKeys: string[],
  ): Promise<void>;
}
