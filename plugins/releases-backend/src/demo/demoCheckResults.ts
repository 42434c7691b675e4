import type { CheckResultInput } from '@releasekit/plugin-releases-common';
import type { CheckResultStore } from '../database/CheckResultStore';

const HOUR = 3_600_000;

/** The pipeline the demo's results come from, as a static token's subject would name it. */
export const DEMO_PIPELINE = 'github-actions';

const run = (component: string, n: number) =>
  `https://github.com/acme-retail/${component}/actions/runs/${n}`;

const passed = (component: string, check: string, n: number) => ({
  entityRef: `component:default/${component}`,
  check,
  status: 'passed' as const,
  url: run(component, n),
});

/**
 * What CI reported for the components of the releases under way: mostly green, and one failed
 * security scan on the storefront, which holds Checkout 2.4.0's go decision until it passes or is
 * overridden with a reason. The cart service and session-lib are left without results: the e2e
 * reports theirs.
 */
export const DEMO_CHECK_RESULTS: CheckResultInput[] = [
  passed('checkout-service', 'ci.tests', 48211),
  passed('checkout-service', 'ci.security-scan', 48212),
  passed('order-service', 'ci.tests', 30987),
  passed('order-service', 'ci.security-scan', 30988),
  passed('storefront-web', 'ci.tests', 77120),
  {
    entityRef: 'component:default/storefront-web',
    check: 'ci.security-scan',
    status: 'failed',
    url: run('storefront-web', 77121),
    summary: '2 high-severity advisories in image-resizer 3.2.1',
  },
  passed('payment-gateway', 'ci.tests', 91544),
  passed('payment-gateway', 'ci.security-scan', 91545),
  passed('billing-service', 'ci.tests', 12040),
  passed('ledger-service', 'ci.tests', 22071),
  passed('notification-service', 'ci.tests', 5310),
  {
    entityRef: 'component:default/observability-lib',
    check: 'ci.tests',
    status: 'running',
    url: run('observability-lib', 8802),
  },
];

/** Reports the demo's CI results, as the pipeline, an hour before `now`. */
export async function seedDemoCheckResults(
  checks: Pick<CheckResultStore, 'recordResults'>,
  now: number,
): Promise<void> {
  await checks.recordResults({
    results: DEMO_CHECK_RESULTS,
    reportedBy: DEMO_PIPELINE,
    at: now - HOUR,
  });
}
