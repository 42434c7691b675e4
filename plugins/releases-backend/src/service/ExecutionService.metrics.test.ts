import { graphCatalog } from '../__testUtils__/graphCatalog';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import {
  type DeploymentFixture,
  insertDeployments,
} from '../__testUtils__/insertDeployments';

const H = 3_600_000;
const FROM = Date.UTC(2026, 9, 1);
// Two weeks: 336 hours.
const TO = FROM + 336 * H;
const period = `from=${new Date(FROM).toISOString()}&to=${new Date(
  TO,
).toISOString()}`;

const checkout = 'component:default/checkout';
const cart = 'component:default/cart';
const ledger = 'component:default/ledger';
const team = 'group:default/checkout-team';
const platform = 'group:default/platform-team';

const entities = graphCatalog({
  checkout: { owner: 'checkout-team', system: 'shop' },
  cart: { owner: 'checkout-team', system: 'shop' },
  ledger: { owner: 'payments-team', system: 'money' },
});

/** Finished `hours` after FROM, in production unless said. */
const at = (
  entityRef: string,
  hours: number,
  status: DeploymentFixture['status'],
  more: Partial<DeploymentFixture> = {},
): DeploymentFixture => ({
  entityRef,
  status,
  ownerRef: team,
  startedAt: FROM + hours * H - 600_000,
  finishedAt: FROM + hours * H,
  ...more,
});

/*
 * The hand-worked fixture. In production, within the period:
 *   checkout: ok @10, failed @20, ok @23 (restored in 3 h), rolled back @30 and ok @34 (restored in
 *             4 h) under its new owner platform-team: 5 deployments, 2 failures, restores 3 h and 4 h.
 *   cart:     ok @0 (the period's first instant counts), ok @60: 2 deployments.
 *   ledger:   no owner known; failed @100, failed @101, ok @105 (restores 5 h and 4 h), failed
 *             @330 restored only @340, after the period: 4 deployments, 3 failures, 2 restored.
 * Not counted: a failure before the period (its restore @10 is the ok above), staging, a running
 * deployment, one finishing at the period's end and the restore after it.
 * Overall: 11 deployments in 2 weeks = 5.5 a week; 5 failures of 11; mean restore (3+4+5+4)/4 = 4 h.
 */
const fixture: DeploymentFixture[] = [
  at(checkout, -2, 'failed'),
  at(checkout, 10, 'succeeded'),
  at(checkout, 20, 'failed'),
  at(checkout, 23, 'succeeded'),
  at(checkout, 30, 'rolled_back', { ownerRef: platform }),
  at(checkout, 31, 'succeeded', { ownerRef: platform, environment: 'staging' }),
  at(checkout, 34, 'succeeded', { ownerRef: platform }),
  at(checkout, 40, 'started', { ownerRef: platform, finishedAt: null }),
  at(cart, 0, 'succeeded'),
  at(cart, 60, 'succeeded'),
  at(ledger, 100, 'failed', { ownerRef: null }),
  at(ledger, 101, 'failed', { ownerRef: null }),
  at(ledger, 102, 'succeeded', { ownerRef: null, environment: 'staging' }),
  at(ledger, 105, 'succeeded', { ownerRef: null }),
  at(ledger, 330, 'failed', { ownerRef: null }),
  at(ledger, 336, 'succeeded', { ownerRef: null }),
  at(ledger, 340, 'succeeded', { ownerRef: null }),
];

const figures = (
  deployments: number,
  failures: number,
  meanTimeToRestoreHours: number | null,
) => ({
  deployments,
  perWeek: deployments / 2,
  changeFailureRate: failures / deployments,
  meanTimeToRestoreHours,
});

describeOnEachDatabase('deployment metrics', { entities }, backend => {
  const metrics = async (query: string) => {
    const res = await backend
      .api()
      .get(`/api/releases/metrics/deployments?${query}`);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    // The shop's components are known as such from a release plan.
    const planned = await backend
      .api()
      .post('/api/releases/releases')
      .send({
        title: 'Shop',
        version: '1.0.0',
        windowStart: '2027-03-01T09:00:00Z',
        windowEnd: '2027-03-01T12:00:00Z',
        owner: team,
        components: [checkout, cart],
      });
    if (planned.status !== 201) throw new Error(planned.text);
    await insertDeployments(backend.knex(), fixture);
  });

  it('computes the hand-worked figures overall, per team and per component, in one statement', async () => {
    // The risk refreshes of the setup's writes run in the background: not this answer's statements.
    await backend.ctx().risk.idle();
    const sql: string[] = [];
    const listener = (query: { sql: string }) => sql.push(query.sql);
    backend.knex().on('query', listener);
    const answer = await metrics(period).finally(() =>
      backend.knex().off('query', listener),
    );
    expect(sql).toHaveLength(1);
    expect(answer).toEqual({
      from: new Date(FROM).toISOString(),
      to: new Date(TO).toISOString(),
      environment: 'production',
      overall: figures(11, 5, 4),
      byTeam: [
        { owner: team, ...figures(5, 1, 3) },
        { owner: platform, ...figures(2, 1, 4) },
        { owner: 'unknown', ...figures(4, 3, 4.5) },
      ],
      byComponent: [
        { entityRef: cart, ...figures(2, 0, null) },
        { entityRef: checkout, ...figures(5, 2, 3.5) },
        { entityRef: ledger, ...figures(4, 3, 4.5) },
      ],
    });
  });

  it('filters by owner, by component and by system', async () => {
    const byOwner = await metrics(`${period}&owner=${platform}`);
    expect(byOwner.overall).toEqual(figures(2, 1, 4));
    expect(byOwner.byComponent.map((c: any) => c.entityRef)).toEqual([
      checkout,
    ]);

    const ofLedger = await metrics(`${period}&entityRef=${ledger}`);
    expect(ofLedger.overall).toEqual(figures(4, 3, 4.5));

    const ofShop = await metrics(`${period}&entityRef=system:default/shop`);
    expect(ofShop.overall).toEqual(figures(7, 2, 3.5));
    expect(ofShop.byComponent.map((c: any) => c.entityRef)).toEqual([
      cart,
      checkout,
    ]);
  });

  it('answers zeros and nulls for a period without deployments, and the last year by default', async () => {
    const empty = await metrics(
      'from=2020-01-01T00:00:00Z&to=2020-01-08T00:00:00Z',
    );
    expect(empty.overall).toEqual({
      deployments: 0,
      perWeek: 0,
      changeFailureRate: null,
      meanTimeToRestoreHours: null,
    });
    expect([empty.byTeam, empty.byComponent]).toEqual([[], []]);

    const lastYear = await metrics('');
    expect(Date.parse(lastYear.to) - Date.parse(lastYear.from)).toBe(
      365 * 24 * H,
    );
    expect(Math.abs(Date.parse(lastYear.to) - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await backend
      .api()
      .get(
        '/api/releases/metrics/deployments?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z',
      );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('to: must be after from');
  });
});
