import type {
  ReleaseRisk,
  ReleaseRiskLevel,
  RiskFactor,
  RiskFactorKey,
  RiskThresholds,
  RiskWeights,
} from './riskTypes';
import { RISK_FACTOR_KEYS } from './riskTypes';
import type { Risk, RiskLevel } from './types';

/**
 * The counts a release's risk is made of.
 *
 * @public
 */
export interface RiskInput {
  /** Required checklist items neither done nor not applicable. */
  openRequiredItems: number;
  /** Automated items whose latest check result failed. */
  failedChecks: number;
  /** The risks declared on the release; each counts likelihood × impact (1–9). */
  declaredRisks: Pick<Risk, 'likelihood' | 'impact'>[];
  components: number;
  /** Insight warnings: ordering risks, uninformed dependents, dependency cycles. */
  dependencyWarnings: number;
  /** Scheduling conflicts: same component, freeze, dependency or owner overlap. */
  conflicts: number;
  /** Whether a freeze of the release's components begins or ends close to its window. */
  nearFreeze: boolean;
  /** Releases of the same components that failed or were rolled back in the look-back period. */
  changeFailures: number;
}

/**
 * Points per unit: an open required item is worth 4, a failed check 10, and so on.
 *
 * @public
 */
export const DEFAULT_RISK_WEIGHTS: RiskWeights = {
  open_required_items: 4,
  failed_checks: 10,
  declared_risks: 2,
  components: 2,
  dependency_warnings: 8,
  conflicts: 10,
  freeze_proximity: 10,
  change_failures: 8,
};

/** @public */
export const DEFAULT_RISK_THRESHOLDS: RiskThresholds = { medium: 30, high: 60 };

/** @public */
export const RISK_FACTOR_LABELS: Record<RiskFactorKey, string> = {
  open_required_items: 'Open required items',
  failed_checks: 'Failed checks',
  declared_risks: 'Declared risks (likelihood × impact)',
  components: 'Components',
  dependency_warnings: 'Dependency warnings',
  conflicts: 'Scheduling conflicts',
  freeze_proximity: 'Freeze close to the window',
  change_failures: 'Recent failed releases of these components',
};

const RISK_LEVEL_POINTS: Record<RiskLevel, number> = {
  low: 1,
  medium: 2,
  high: 3,
};

/**
 * A declared risk's exposure: likelihood × impact, low 1 to high 3 each.
 *
 * @public
 */
export function riskExposure(risk: Pick<Risk, 'likelihood' | 'impact'>) {
  return RISK_LEVEL_POINTS[risk.likelihood] * RISK_LEVEL_POINTS[risk.impact];
}

function valuesOf(input: RiskInput): Record<RiskFactorKey, number> {
  return {
    open_required_items: input.openRequiredItems,
    failed_checks: input.failedChecks,
    declared_risks: input.declaredRisks.reduce(
      (sum, risk) => sum + riskExposure(risk),
      0,
    ),
    components: input.components,
    dependency_warnings: input.dependencyWarnings,
    conflicts: input.conflicts,
    freeze_proximity: input.nearFreeze ? 1 : 0,
    change_failures: input.changeFailures,
  };
}

/** @public */
export function riskLevelOf(
  score: number,
  thresholds: RiskThresholds = DEFAULT_RISK_THRESHOLDS,
): ReleaseRiskLevel {
  if (score >= thresholds.high) return 'high';
  if (score >= thresholds.medium) return 'medium';
  return 'low';
}

/**
 * The risk score of a release: each factor's value times its weight, summed, rounded and capped at
 * 100. Nothing is hidden: the factors carry every number the score is made of.
 *
 * @public
 */
export function computeRisk(
  input: RiskInput,
  options: {
    weights?: RiskWeights;
    thresholds?: RiskThresholds;
    computedAt: string;
  },
): ReleaseRisk {
  const weights = options.weights ?? DEFAULT_RISK_WEIGHTS;
  const values = valuesOf(input);
  const factors: RiskFactor[] = RISK_FACTOR_KEYS.map(key => ({
    key,
    label: RISK_FACTOR_LABELS[key],
    weight: weights[key],
    value: values[key],
    contribution: weights[key] * values[key],
  }));
  const total = factors.reduce((sum, f) => sum + f.contribution, 0);
  const score = Math.min(100, Math.max(0, Math.round(total)));
  return {
    score,
    level: riskLevelOf(score, options.thresholds),
    factors,
    computedAt: options.computedAt,
  };
}
