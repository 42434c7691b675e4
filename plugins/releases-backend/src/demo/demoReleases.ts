import type { ReleaseStatus, Risk } from '@releasekit/plugin-releases-common';

export interface DemoRelease {
  title: string;
  version: string;
  description: string;
  ownerTeam: string;
  actor: string;
  components: string[];
  status: ReleaseStatus;
  /** Days from now to the start of the window; negative for the past. */
  startsInDays: number;
  hours: number;
  /** Share of checklist items settled. */
  settled: number;
  risks?: Risk[];
  stakeholders?: string[];
}

/** A year of Acme Retail's release life, relative to the day the demo starts. */
export const DEMO_RELEASES: DemoRelease[] = [
  {
    title: 'Checkout',
    version: '2.3.0',
    description:
      '## Goals\n- One-page checkout for returning customers\n- Remove the legacy address form',
    ownerTeam: 'checkout-team',
    actor: 'user:default/james.okafor',
    components: ['checkout-service', 'cart-service'],
    status: 'released',
    startsInDays: -40,
    hours: 4,
    settled: 1,
  },
  {
    title: 'Payments',
    version: '5.1.0',
    description:
      '## Goals\n- Move card authorisation to the new acquirer\n\n## Out of scope\n- Refund flows',
    ownerTeam: 'payments-team',
    actor: 'user:default/maria.lopez',
    components: ['payment-gateway', 'ledger-service'],
    status: 'rolled_back',
    startsInDays: -25,
    hours: 6,
    settled: 0.9,
    risks: [
      {
        title: 'Acquirer latency under peak load',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Keep the old acquirer behind a feature flag',
      },
    ],
  },
  {
    title: 'Identity',
    version: '3.0.0',
    description: '## Goals\n- Passkeys for customer accounts',
    ownerTeam: 'identity-team',
    actor: 'user:default/wei.chen',
    components: ['auth-service', 'session-lib'],
    status: 'released',
    startsInDays: -18,
    hours: 3,
    settled: 1,
  },
  {
    title: 'Storefront spring refresh',
    version: '2026.3',
    description:
      'Seasonal theme and navigation changes. Cancelled: merged into Checkout 2.4.',
    ownerTeam: 'checkout-team',
    actor: 'user:default/sofia.rossi',
    components: ['storefront-web', 'checkout-ui-kit'],
    status: 'cancelled',
    startsInDays: -10,
    hours: 2,
    settled: 0.3,
  },
  {
    title: 'Billing',
    version: '1.8.0',
    description: '## Goals\n- Monthly invoices in the customer’s currency',
    ownerTeam: 'payments-team',
    actor: 'user:default/daniel.kim',
    components: ['billing-service', 'ledger-service'],
    status: 'in_progress',
    startsInDays: -0.05,
    hours: 6,
    settled: 0.86,
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
    startsInDays: 3,
    hours: 4,
    settled: 0.5,
    risks: [
      {
        title: 'Saved-card tokens depend on Payments 5.2',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Ship behind a flag; enable after Payments 5.2 is live',
      },
    ],
    stakeholders: ['group:default/payments-team'],
  },
  {
    title: 'Payments',
    version: '5.2.0',
    description:
      '## Goals\n- Retry the acquirer migration with circuit breakers\n- Fraud scoring v2',
    ownerTeam: 'payments-team',
    actor: 'user:default/maria.lopez',
    components: ['payment-gateway', 'fraud-detection'],
    status: 'planned',
    startsInDays: 3.1,
    hours: 6,
    settled: 0.35,
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
    startsInDays: 8,
    hours: 5,
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
    startsInDays: 12,
    hours: 2,
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
    startsInDays: 15,
    hours: 3,
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
    startsInDays: 20,
    hours: 3,
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
    startsInDays: 25,
    hours: 4,
    settled: 0,
  },
];
