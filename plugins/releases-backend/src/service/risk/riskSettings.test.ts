import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_RISK_THRESHOLDS,
  DEFAULT_RISK_WEIGHTS,
} from '@releasekit/plugin-releases-common';
import { readRiskSettings } from './riskSettings';

const read = (risk?: object) =>
  readRiskSettings(new ConfigReader({ releases: risk ? { risk } : {} }));

describe('readRiskSettings', () => {
  it('defaults to the documented weights, thresholds and durations', () => {
    expect(read()).toEqual({
      weights: DEFAULT_RISK_WEIGHTS,
      thresholds: DEFAULT_RISK_THRESHOLDS,
      freezeProximityMs: 48 * 3_600_000,
      lookBackMs: 180 * 86_400_000,
      frequency: { minutes: 30 },
    });
  });

  it('takes some weights, thresholds and durations from app-config and keeps the defaults of the rest', () => {
    const settings = read({
      weights: { failed_checks: 25, components: 0 },
      thresholds: { high: 80 },
      freezeProximity: { hours: 12 },
      lookBack: '30d',
      frequency: { hours: 1 },
    });
    expect(settings.weights).toEqual({
      ...DEFAULT_RISK_WEIGHTS,
      failed_checks: 25,
      components: 0,
    });
    expect(settings.thresholds).toEqual({ medium: 30, high: 80 });
    expect(settings.freezeProximityMs).toBe(12 * 3_600_000);
    expect(settings.lookBackMs).toBe(30 * 86_400_000);
    expect(settings.frequency).toEqual({ hours: 1 });
  });

  it('refuses an unknown factor, a negative weight and thresholds out of order, naming the key', () => {
    expect(() => read({ weights: { failed_check: 5 } })).toThrow(
      /^releases\.risk\.weights\.failed_check: no such risk factor; the factors are open_required_items, failed_checks,/,
    );
    expect(() => read({ weights: { conflicts: -1 } })).toThrow(
      'releases.risk.weights.conflicts: must be a number of points ≥ 0, got -1',
    );
    expect(() => read({ weights: { conflicts: 'many' } })).toThrow(
      /releases\.risk\.weights\.conflicts/,
    );
    expect(() => read({ thresholds: { medium: 70 } })).toThrow(
      'releases.risk.thresholds: need 0 < medium < high ≤ 100 (scores run from 0 to 100), got medium 70 and high 60',
    );
    expect(() => read({ thresholds: { medium: 0, high: 50 } })).toThrow(
      /got medium 0 and high 50/,
    );
    expect(() => read({ thresholds: { high: 120 } })).toThrow(
      /got medium 30 and high 120/,
    );
    expect(() => read({ lookBack: 'soon' })).toThrow(
      /releases\.risk\.lookBack/,
    );
  });
});
