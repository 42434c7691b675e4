/**
 * The risk score of a release: transparent factors, each a count times a weight from app-config.
 * A leaf like readinessTypes: releases (types.ts) carry risk, and risk reads nothing of theirs.
 */

/**
 * How risky a release is, from its score and the thresholds in app-config.
 *
 * @public
 */
export type ReleaseRiskLevel = 'low' | 'medium' | 'high';

/**
 * What raises the risk of a release; each is counted, then weighted.
 *
 * @public
 */
export type RiskFactorKey =
  | 'open_required_items'
  | 'failed_checks'
  | 'declared_risks'
  | 'components'
  | 'dependency_warnings'
  | 'conflicts'
  | 'freeze_proximity'
  | 'change_failures';

/** @public */
export const RISK_FACTOR_KEYS: readonly RiskFactorKey[] = [
  'open_required_items',
  'failed_checks',
  'declared_risks',
  'components',
  'dependency_warnings',
  'conflicts',
  'freeze_proximity',
  'change_failures',
];

/**
 * One factor of the score: `contribution` = `weight` × `value` points.
 *
 * @public
 */
export interface RiskFactor {
  key: RiskFactorKey;
  /** Plain-language name, for clients that do not translate the key. */
  label: string;
  /** Points per unit of value (app-config `releases.risk.weights`). */
  weight: number;
  /** The count this factor measured (see RiskInput). */
  value: number;
  /** weight × value, in points; the score is their sum, at most 100. */
  contribution: number;
}

/** @public */
export interface ReleaseRisk {
  /** 0–100: the rounded sum of the contributions, capped at 100. */
  score: number;
  level: ReleaseRiskLevel;
  /** Every factor, also those that contribute nothing, in RISK_FACTOR_KEYS order. */
  factors: RiskFactor[];
  /** When the score was computed: after the release last changed, or by the scheduled refresh. */
  computedAt: string;
}

/**
 * The level alone, as the calendar carries it.
 *
 * @public
 */
export type ReleaseRiskLevelOnly = Pick<ReleaseRisk, 'score' | 'level'>;

/** @public */
export type RiskWeights = Record<RiskFactorKey, number>;

/**
 * The score from which a release is medium or high risk.
 *
 * @public
 */
export interface RiskThresholds {
  medium: number;
  high: number;
}
