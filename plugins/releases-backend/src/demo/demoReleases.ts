import type { DemoRelease } from './demoTypes';
import { CHECKOUT_HISTORY } from './history/checkout';
import { IDENTITY_HISTORY } from './history/identity';
import { PAYMENTS_HISTORY } from './history/payments';
import { PLATFORM_HISTORY } from './history/platform';

export type { DemoRelease } from './demoTypes';

/**
 * What is running and coming up. Two collisions are deliberate, and the only ones on the calendar:
 * Payments SDK 3.0.0 ships checkout-service in Checkout 2.4.0's window, and Payments 5.0.1 is
 * planned in the payments team's Friday freeze with an override.
 */
const CURRENT_AND_UPCOMING: DemoRelease[] = [
  {
    title: 'Billing',
    version: '1.8.0',
    description: '## Goals\n- Monthly invoices in the customer’s currency',
    ownerTeam: 'payments-team',
    actor: 'user:default/daniel.kim',
    components: ['billing-service', 'ledger-service'],
    status: 'in_progress',
    window: { day: 0, hour: 8, hours: 6 },
    leadDays: 18,
    settled: 0.86,
    go: 'Invoices for the pilot customers match finance’s figures; the two open items are post-release monitoring.',
  },
  {
    title: 'Checkout',
    version: '2.4.0',
    description:
      '## Goals\n- Express checkout with saved cards\n- New order confirmation e-mails\n\n## Scope\nCheckout service, order service and the storefront.',
    ownerTeam: 'checkout-team',
    actor: 'user:default/james.okafor',
    components: ['checkout-service', 'order-service', 'storefront-web'],
    status: 'planned',
    window: { day: 3, hour: 9, hours: 4 },
    settled: 0.5,
    risks: [
      {
        title: 'Saved-card tokens depend on Payments SDK 3.0',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Ship behind a flag; enable after Payments SDK 3.0 is live',
      },
    ],
    stakeholders: ['group:default/payments-team'],
  },
  {
    title: 'Payments SDK',
    version: '3.0.0',
    description:
      '## Goals\n- Saved-card tokens in the payments SDK\n- Upgrade checkout-service to the new SDK\n\n## Heads-up\nThis window **overlaps Checkout 2.4.0**, which also ships checkout-service. The calendar flags it; the two teams settle the order at the release sync.',
    ownerTeam: 'payments-team',
    actor: 'user:default/priya.natarajan',
    components: ['payments-sdk', 'checkout-service'],
    status: 'planned',
    window: { day: 3, hour: 11, hours: 3 },
    overlaps: { release: 'Checkout 2.4.0', offsetHours: 2 },
    settled: 0.4,
    stakeholders: ['group:default/checkout-team'],
  },
  {
    title: 'Payments',
    version: '5.0.1',
    description:
      '## Why in the freeze\nThe acquirer’s client certificate expires on Saturday morning and cannot be extended. Rotating it cannot wait until Monday, so this release is planned in the Friday freeze with an override.\n\n## Scope\n- New client certificate in the payment gateway, nothing else',
    ownerTeam: 'payments-team',
    actor: 'user:default/maria.lopez',
    components: ['payment-gateway'],
    status: 'planned',
    window: { day: 4, hour: 13, hours: 2, weekdays: [5] },
    leadDays: 6,
    settled: 0.7,
    freezeOverride:
      'The acquirer certificate expires on Saturday; agreed with the payments on-call lead, who stays until the rotation is verified.',
  },
  {
    title: 'Payments',
    version: '5.2.0',
    description:
      '## Goals\n- Retry the acquirer migration with circuit breakers\n- Shadow traffic before switching',
    ownerTeam: 'payments-team',
    actor: 'user:default/maria.lopez',
    components: ['payment-gateway', 'ledger-service'],
    status: 'planned',
    window: { day: 6, hour: 8, hours: 6 },
    settled: 0.35,
    risks: [
      {
        title: 'Acquirer latency under peak load, again',
        likelihood: 'low',
        impact: 'high',
        mitigation: 'Circuit breaker and the old acquirer behind the flag',
      },
    ],
  },
  {
    title: 'Identity session hardening',
    version: '3.1.0',
    description:
      '## Goals\n- Shorter session lifetimes\n- Token binding for the session library',
    ownerTeam: 'identity-team',
    actor: 'user:default/hannah.schmidt',
    components: ['session-lib', 'auth-service', 'user-profile-service'],
    status: 'planned',
    window: { day: 8, hour: 9, hours: 5 },
    settled: 0.2,
  },
  {
    title: 'Notifications',
    version: '1.4.0',
    description: '## Goals\n- SMS fallback for order updates',
    ownerTeam: 'platform-team',
    actor: 'user:default/olivia.bennett',
    components: ['notification-service'],
    status: 'planned',
    window: { day: 12, hour: 13, hours: 2 },
    settled: 0.8,
  },
  {
    title: 'Observability library',
    version: '2.0.0',
    description:
      '## Goals\n- OpenTelemetry everywhere; drop the legacy metrics client',
    ownerTeam: 'platform-team',
    actor: 'user:default/tom.andersson',
    components: ['observability-lib'],
    status: 'planned',
    window: { day: 15, hour: 13, hours: 3 },
    settled: 0,
  },
  {
    title: 'Account web redesign',
    version: '4.0.0',
    description: 'A draft: scope still being agreed with design.',
    ownerTeam: 'identity-team',
    actor: 'user:default/lucas.almeida',
    components: ['account-web'],
    status: 'draft',
    window: { day: 20, hour: 10, hours: 3 },
    settled: 0,
  },
  {
    title: 'Cart',
    version: '4.0.0',
    description: 'A draft: persistent carts across devices.',
    ownerTeam: 'checkout-team',
    actor: 'user:default/guest',
    components: ['cart-service'],
    status: 'draft',
    window: { day: 25, hour: 9, hours: 4 },
    settled: 0,
  },
];

/**
 * Six months of Acme Retail's release life and the weeks ahead, relative to the day the demo
 * starts, in the order it happened: retrospectives are recorded before the releases that carry
 * their action items forward are created.
 */
export const DEMO_RELEASES: DemoRelease[] = [
  ...[
    ...CHECKOUT_HISTORY,
    ...PAYMENTS_HISTORY,
    ...IDENTITY_HISTORY,
    ...PLATFORM_HISTORY,
  ].sort((a, b) => a.window.day - b.window.day),
  ...CURRENT_AND_UPCOMING,
];
