import type {
  Decision,
  OutcomeResult,
} from '@releasekit/plugin-releases-common';

/* The rows of the follow-up tables, exactly as they hold them (timestamps in epoch ms). */

export interface DecisionRow {
  id: string;
  release_id: string;
  decision: Decision['decision'];
  rationale: string;
  attendees: string;
  decided_by: string;
  decided_at: number | string;
  readiness: string;
  override_reason: string | null;
}

export interface OutcomeRow {
  release_id: string;
  result: OutcomeResult;
  released_at: number | string;
  incidents: string;
  lessons_learned: string;
  recorded_by: string;
  recorded_at: number | string;
  /** Readiness kept for the metrics; written by refreshReadinessSummary, not on insert. */
  ready_at?: number | string | null;
  required_open?: number | string;
}

export interface ActionItemRow {
  id: string;
  release_id: string;
  title: string;
  carry_forward: boolean | number;
  carried_into: string | null;
  position: number;
}
