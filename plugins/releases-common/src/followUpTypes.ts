import type { ReadinessSummary } from './readinessTypes';

/**
 * Go/no-go decisions, outcomes, retrospectives and release metrics.
 *
 * @public
 */

export type DecisionVerdict = 'go' | 'no_go';

/** @public */
export interface Decision {
  id: string;
  releaseId: string;
  decision: DecisionVerdict;
  rationale: string;
  attendees: string[];
  decidedBy: string;
  decidedAt: string;
  /** Readiness when the decision was taken. */
  readiness: ReadinessSummary;
  /**
   * Why a go was decided although required checks had failed; null when none had. The failed
   * checks are named in the decision's activity entry.
   */
  overrideReason: string | null;
}

/** @public */
export type OutcomeResult = 'success' | 'partial' | 'failed' | 'rolled_back';

/** @public */
export const OUTCOME_RESULTS: readonly OutcomeResult[] = [
  'success',
  'partial',
  'failed',
  'rolled_back',
];

/** @public */
export interface Incident {
  title: string;
  url?: string;
}

/** @public */
export interface ActionItem {
  title: string;
  /** Added to the checklist of the next release of the same template and components. */
  carryForward: boolean;
}

/** @public */
export interface Outcome {
  result: OutcomeResult;
  releasedAt: string;
  incidents: Incident[];
  lessonsLearned: string;
  actionItems: ActionItem[];
  recordedBy: string;
  recordedAt: string;
}

/**
 * Where recording an outcome leaves the release: only a roll-back undoes the release.
 *
 * @public
 */
export function statusAfterOutcome(
  result: OutcomeResult,
): 'released' | 'rolled_back' {
  return result === 'rolled_back' ? 'rolled_back' : 'released';
}

/** @public */
export interface MetricsSummary {
  /** Releases with an outcome (released or rolled back) in the range. */
  completed: number;
  /** Share released by the end of their planned window, 0–1; null without completed releases. */
  onTimeRate: number | null;
  /** Hours past the planned window end (0 when on time); null without completed releases. */
  averageSlipHours: number | null;
  p90SlipHours: number | null;
  /** Failed or rolled back among completed, 0–1. */
  changeFailureRate: number | null;
  /** Hours from planned to released. */
  averageLeadTimeHours: number | null;
  /** Hours from planned to every required item settled. */
  averageReadinessLeadTimeHours: number | null;
}

/**
 * The figures of no completed releases: a count of 0 and no rates. A range, month or team without
 * outcomes has these, on the server and in a trend's quiet months alike.
 *
 * @public
 */
export const EMPTY_METRICS_SUMMARY: Readonly<MetricsSummary> = Object.freeze({
  completed: 0,
  onTimeRate: null,
  averageSlipHours: null,
  p90SlipHours: null,
  changeFailureRate: null,
  averageLeadTimeHours: null,
  averageReadinessLeadTimeHours: null,
});

/** @public */
export interface MonthlyMetrics extends MetricsSummary {
  /** `YYYY-MM`, in UTC. */
  month: string;
}

/** @public */
export interface TeamMetrics extends MetricsSummary {
  owner: string;
}

/** @public */
export interface ReleaseMetrics {
  from: string;
  to: string;
  overall: MetricsSummary;
  byMonth: MonthlyMetrics[];
  byTeam: TeamMetrics[];
}
