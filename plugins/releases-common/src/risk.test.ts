import {
  computeRisk,
  DEFAULT_RISK_WEIGHTS,
  riskExposure,
  riskLevelOf,
  type RiskInput,
} from './risk';

const calm: RiskInput = {
  openRequiredItems: 0,
  failedChecks: 0,
  declaredRisks: [],
  components: 0,
  dependencyWarnings: 0,
  conflicts: 0,
  nearFreeze: false,
  changeFailures: 0,
};
const computedAt = '2026-12-02T10:00:00.000Z';

describe('computeRisk', () => {
  it('scores a hand-worked release factor by factor with the default weights', () => {
    // 3 open required items × 4 = 12; 1 failed check × 10 = 10;
    // risks: high×medium (6) + low×low (1) = 7, × 2 = 14; 3 components × 2 = 6;
    // 1 dependency warning × 8 = 8; no conflict; a freeze nearby 1 × 10 = 10; no failure history.
    // 12 + 10 + 14 + 6 + 8 + 0 + 10 + 0 = 60: high.
    const risk = computeRisk(
      {
        openRequiredItems: 3,
        failedChecks: 1,
        declaredRisks: [
          { likelihood: 'high', impact: 'medium' },
          { likelihood: 'low', impact: 'low' },
        ],
        components: 3,
        dependencyWarnings: 1,
        conflicts: 0,
        nearFreeze: true,
        changeFailures: 0,
      },
      { computedAt },
    );
    expect(risk.score).toBe(60);
    expect(risk.level).toBe('high');
    expect(risk.computedAt).toBe(computedAt);
    expect(
      risk.factors.map(f => [f.key, f.weight, f.value, f.contribution]),
    ).toEqual([
      ['open_required_items', 4, 3, 12],
      ['failed_checks', 10, 1, 10],
      ['declared_risks', 2, 7, 14],
      ['components', 2, 3, 6],
      ['dependency_warnings', 8, 1, 8],
      ['conflicts', 10, 0, 0],
      ['freeze_proximity', 10, 1, 10],
      ['change_failures', 8, 0, 0],
    ]);
    expect(risk.factors[0].label).toBe('Open required items');
  });

  it('raises the score by the weight of a failed check', () => {
    const before = computeRisk({ ...calm, components: 2 }, { computedAt });
    const after = computeRisk(
      { ...calm, components: 2, failedChecks: 1 },
      { computedAt },
    );
    expect(before.score).toBe(4);
    expect(after.score).toBe(4 + DEFAULT_RISK_WEIGHTS.failed_checks);
  });

  it('takes weights and thresholds from the caller, rounds and caps at 100', () => {
    const weights = { ...DEFAULT_RISK_WEIGHTS, components: 0.5 };
    expect(
      computeRisk({ ...calm, components: 3 }, { weights, computedAt }).score,
    ).toBe(2); // 1.5 rounds to 2
    expect(computeRisk({ ...calm, conflicts: 20 }, { computedAt }).score).toBe(
      100,
    );
    expect(
      computeRisk(
        { ...calm, components: 5 },
        { thresholds: { medium: 5, high: 50 }, computedAt },
      ).level,
    ).toBe('medium');
  });

  it('gives a release with nothing to worry about a score of 0, low', () => {
    const risk = computeRisk(calm, { computedAt });
    expect(risk.score).toBe(0);
    expect(risk.level).toBe('low');
    expect(risk.factors.every(f => f.contribution === 0)).toBe(true);
  });
});

describe('riskLevelOf and riskExposure', () => {
  it('puts the thresholds in the higher level', () => {
    expect(riskLevelOf(29)).toBe('low');
    expect(riskLevelOf(30)).toBe('medium');
    expect(riskLevelOf(59)).toBe('medium');
    expect(riskLevelOf(60)).toBe('high');
  });

  it('multiplies likelihood by impact, low 1 to high 3', () => {
    expect(riskExposure({ likelihood: 'high', impact: 'high' })).toBe(9);
    expect(riskExposure({ likelihood: 'medium', impact: 'low' })).toBe(2);
  });
});
