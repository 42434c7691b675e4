import { type Config, readDurationFromConfig } from '@backstage/config';
import {
  DEFAULT_RISK_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
  RISK_FACTOR_KEYS,
  type RiskFactorKey,
  type RiskThresholds,
  type RiskWeights,
} from '@releasekit/plugin-releases-common';
import { durationToMilliseconds, type HumanDuration } from '@backstage/types';

/** How the risk score is weighed and refreshed, from `releases.risk` in app-config. */
export interface RiskSettings {
  weights: RiskWeights;
  thresholds: RiskThresholds;
  /** How close to a release's window a freeze makes it riskier. */
  freezeProximityMs: number;
  /** How far back failed releases of the same components count. */
  lookBackMs: number;
  /** How often every unfinished release is recomputed. */
  frequency: HumanDuration;
}

const DEFAULT_FREEZE_PROXIMITY: HumanDuration = { hours: 48 };
const DEFAULT_LOOK_BACK: HumanDuration = { days: 180 };
const DEFAULT_FREQUENCY: HumanDuration = { minutes: 30 };

function duration(config: Config, key: string, fallback: HumanDuration) {
  return config.has(key) ? readDurationFromConfig(config, { key }) : fallback;
}

function readWeights(config: Config): RiskWeights {
  const key = 'releases.risk.weights';
  const weights: RiskWeights = { ...DEFAULT_RISK_WEIGHTS };
  const given = config.getOptionalConfig(key);
  for (const factor of given?.keys() ?? []) {
    if (!RISK_FACTOR_KEYS.includes(factor as RiskFactorKey)) {
      throw new Error(
        `${key}.${factor}: no such risk factor; the factors are ${RISK_FACTOR_KEYS.join(
          ', ',
        )}`,
      );
    }
    const weight = given!.getNumber(factor);
    if (!Number.isFinite(weight) || weight < 0) {
      throw new Error(
        `${key}.${factor}: must be a number of points ≥ 0, got ${weight}`,
      );
    }
    weights[factor as RiskFactorKey] = weight;
  }
  return weights;
}

function readThresholds(config: Config): RiskThresholds {
  const key = 'releases.risk.thresholds';
  const thresholds: RiskThresholds = {
    medium:
      config.getOptionalNumber(`${key}.medium`) ??
      DEFAULT_RISK_THRESHOLDS.medium,
    high:
      config.getOptionalNumber(`${key}.high`) ?? DEFAULT_RISK_THRESHOLDS.high,
  };
  const { medium, high } = thresholds;
  if (!(medium > 0 && medium < high && high <= 100)) {
    throw new Error(
      `${key}: need 0 < medium < high ≤ 100 (scores run from 0 to 100), got medium ${medium} and high ${high}`,
    );
  }
  return thresholds;
}

/**
 * Reads `releases.risk`; a weight for an unknown factor, a negative weight or thresholds out of
 * order stop the start-up with a message naming the key, rather than scoring quietly wrong.
 */
export function readRiskSettings(config: Config): RiskSettings {
  const key = 'releases.risk';
  return {
    weights: readWeights(config),
    thresholds: readThresholds(config),
    freezeProximityMs: durationToMilliseconds(
      duration(config, `${key}.freezeProximity`, DEFAULT_FREEZE_PROXIMITY),
    ),
    lookBackMs: durationToMilliseconds(
      duration(config, `${key}.lookBack`, DEFAULT_LOOK_BACK),
    ),
    frequency: duration(config, `${key}.frequency`, DEFAULT_FREQUENCY),
  };
}
