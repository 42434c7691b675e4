import {
  computeDeploymentMetrics,
  deploymentFigures,
  type DeploymentTally,
  UNKNOWN_DEPLOYMENT_OWNER,
} from './deploymentMetrics';

const HOUR = 3_600_000;
const from = '2027-03-01T00:00:00.000Z';
// Two weeks.
const to = '2027-03-15T00:00:00.000Z';

const tally = (t: Partial<DeploymentTally>): DeploymentTally => ({
  entityRef: 'component:default/checkout',
  owner: 'group:default/a',
  deployments: 0,
  failures: 0,
  restored: 0,
  restoreMs: 0,
  ...t,
});

describe('computeDeploymentMetrics', () => {
  it('sums the tallies overall, per team and per component, sorted by name', () => {
    const metrics = computeDeploymentMetrics({
      from,
      to,
      environment: 'production',
      tallies: [
        tally({
          deployments: 4,
          failures: 1,
          restored: 1,
          restoreMs: 3 * HOUR,
        }),
        tally({ entityRef: 'component:default/cart', deployments: 2 }),
        // Its owner changed in the period: the team at the time of the report counts.
        tally({
          owner: 'group:default/b',
          deployments: 2,
          failures: 1,
          restored: 1,
          restoreMs: HOUR,
        }),
        // Two failures, one restored in the period.
        tally({
          entityRef: 'component:default/ledger',
          owner: null,
          deployments: 2,
          failures: 2,
          restored: 1,
          restoreMs: 5 * HOUR,
        }),
      ],
    });
    expect(metrics.from).toBe(from);
    expect(metrics.to).toBe(to);
    expect(metrics.environment).toBe('production');
    // 10 deployments in two weeks; 4 failures; restored after 3, 1 and 5 hours.
    expect(metrics.overall).toEqual({
      deployments: 10,
      perWeek: 5,
      changeFailureRate: 0.4,
      meanTimeToRestoreHours: 3,
    });
    expect(metrics.byTeam).toEqual([
      {
        owner: 'group:default/a',
        deployments: 6,
        perWeek: 3,
        changeFailureRate: 1 / 6,
        meanTimeToRestoreHours: 3,
      },
      {
        owner: 'group:default/b',
        deployments: 2,
        perWeek: 1,
        changeFailureRate: 0.5,
        meanTimeToRestoreHours: 1,
      },
      {
        owner: UNKNOWN_DEPLOYMENT_OWNER,
        deployments: 2,
        perWeek: 1,
        changeFailureRate: 1,
        meanTimeToRestoreHours: 5,
      },
    ]);
    expect(metrics.byComponent).toEqual([
      {
        entityRef: 'component:default/cart',
        deployments: 2,
        perWeek: 1,
        changeFailureRate: 0,
        meanTimeToRestoreHours: null,
      },
      {
        entityRef: 'component:default/checkout',
        deployments: 6,
        perWeek: 3,
        changeFailureRate: 2 / 6,
        meanTimeToRestoreHours: 2,
      },
      {
        entityRef: 'component:default/ledger',
        deployments: 2,
        perWeek: 1,
        changeFailureRate: 1,
        meanTimeToRestoreHours: 5,
      },
    ]);
  });

  it('answers zeros and nulls for a period without deployments', () => {
    expect(
      computeDeploymentMetrics({ from, to, environment: 'prod', tallies: [] }),
    ).toEqual({
      from,
      to,
      environment: 'prod',
      overall: {
        deployments: 0,
        perWeek: 0,
        changeFailureRate: null,
        meanTimeToRestoreHours: null,
      },
      byTeam: [],
      byComponent: [],
    });
  });

  it('counts per week over the length of the period, whatever it is', () => {
    // 3 deployments in 3.5 days: half a week.
    expect(
      deploymentFigures(
        { deployments: 3, failures: 3, restored: 0, restoreMs: 0 },
        3.5 * 24 * HOUR,
      ),
    ).toEqual({
      deployments: 3,
      perWeek: 6,
      changeFailureRate: 1,
      meanTimeToRestoreHours: null,
    });
  });
});
