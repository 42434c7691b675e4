import type {
  ActionItem,
  Incident,
  OutcomeResult,
  ReleaseStatus,
  Risk,
} from '@releasekit/plugin-releases-common';

/**
 * Where a demo release's window goes, relative to the day the demo starts. The day is where the
 * search for a free slot begins: it moves back (for releases that have started) or forward (for
 * the rest) to the nearest allowed weekday on which the window collides with nothing.
 */
export interface DemoWindow {
  /** Days from the demo's first day (midnight UTC); negative in the past. */
  day: number;
  /** Start hour, UTC. */
  hour: number;
  hours: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday) the window may start on; Monday to Thursday when absent. */
  weekdays?: number[];
}

/** How a finished release went, as its retrospective records it. */
export interface DemoOutcome {
  result: OutcomeResult;
  /** Hours past the end of the window it was released; on time when absent. */
  lateHours?: number;
  incidents?: Incident[];
  lessonsLearned: string;
  actionItems?: ActionItem[];
}

export interface DemoRelease {
  title: string;
  version: string;
  description: string;
  ownerTeam: string;
  /** The release manager, who plans, decides, starts and closes it. */
  actor: string;
  /** Component names of the demo catalog. */
  components: string[];
  status: ReleaseStatus;
  window: DemoWindow;
  /** Days from creating the release to its window; 21 when absent. */
  leadDays?: number;
  /** Share of checklist items settled (finished releases settle all). */
  settled: number;
  risks?: Risk[];
  stakeholders?: string[];
  /** The go decision's rationale, for releases that started. */
  go?: string;
  /** A no-go taken a week before the first window, which then moved a week later. */
  noGo?: string;
  outcome?: DemoOutcome;
  /** Why it was cancelled (cancelled releases). */
  cancelReason?: string;
  /** Planned inside a freeze on purpose, with this override reason. */
  freezeOverride?: string;
  /**
   * Planned to overlap another demo release ("Title version") on purpose, starting this many hours
   * after it: the calendar's one deliberate conflict.
   */
  overlaps?: { release: string; offsetHours: number };
}
