import type { Release } from '@releasekit/plugin-releases-common';
import type { DemoPortalApi } from './demoPortalApi';

/**
 * The deployment history: ledger-service went 2.0.0, 1.6.0 (with Billing), 2.1.0 (failed once, then
 * fixed), 5.1.0 (with Payments, rolled back, 2.1.0 restored), and is in staging with Billing 1.8.0;
 * the cart service and session-lib have deployments of finished releases only.
 */
export async function expectDeployments(
  api: DemoPortalApi,
  releases: Map<string, Release>,
) {
  const ledger = 'component:default/ledger-service';
  const billing = releases.get('Billing 1.8.0')!;
  const current = await api.currentDeployments(ledger);
  expect(
    current.environments.map(e => [
      e.name,
      e.deployment?.version,
      e.deployment?.releaseId,
    ]),
  ).toEqual([
    ['staging', '1.8.0', billing.id],
    ['production', '2.1.0', null],
  ]);
  const production = await api.deployments({
    entityRef: ledger,
    environment: 'production',
  });
  expect(production.map(d => `${d.version} ${d.status}`)).toEqual([
    '2.1.0 succeeded',
    '5.1.0 rolled_back',
    '2.1.0 succeeded',
    '2.1.0 failed',
    '1.6.0 succeeded',
    '2.0.0 succeeded',
  ]);
  expect(production.every(d => d.reportedBy === 'github-actions')).toBe(true);
  const billingService = await api.currentDeployments(
    'component:default/billing-service',
  );
  expect(
    billingService.environments.map(e => [
      e.deployment?.version,
      e.deployment?.releaseId,
    ]),
  ).toEqual([
    ['1.8.0', billing.id],
    ['1.8.0', billing.id],
  ]);
  const paymentGateway = await api.currentDeployments(
    'component:default/payment-gateway',
  );
  expect(paymentGateway.environments[1].deployment?.version).toBe('5.0.0');
  const finished = new Set(
    [...releases.values()].filter(r => r.outcome).map(r => r.id),
  );
  for (const name of ['cart-service', 'session-lib']) {
    const history = await api.deployments({
      entityRef: `component:default/${name}`,
    });
    expect(history.length).toBeGreaterThan(0);
    expect(history.every(d => finished.has(d.releaseId!))).toBe(true);
  }
  const reported = (await api.activity(billing.id)).filter(
    a => a.action === 'deployment.reported',
  );
  expect(reported.map(a => a.summary).sort()).toEqual([
    'billing-service 1.8.0 succeeded in production',
    'billing-service 1.8.0 succeeded in staging',
    'ledger-service 1.8.0 succeeded in staging',
  ]);
}
