import type { DemoRelease } from '../demoTypes';

/**
 * The payments team's last six months: a no-go that moved a release a week, a failed ledger release
 * fixed forward, and the one roll-back of the demo (the acquirer migration).
 */
export const PAYMENTS_HISTORY: DemoRelease[] = [
  {
    title: 'Payments',
    version: '4.9.0',
    description: '## Goals\n- 3-D Secure 2 for all card payments',
    ownerTeam: 'payments-team',
    actor: 'user:default/maria.lopez',
    components: ['payment-gateway', 'fraud-detection'],
    status: 'released',
    window: { day: -158, hour: 8, hours: 4 },
    leadDays: 35,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned:
        'Challenge rate settled at 4%, below the 6% the acquirer predicted.',
    },
  },
  {
    title: 'Ledger',
    version: '2.0.0',
    description:
      '## Goals\n- Double-entry postings for refunds\n- Daily balance snapshots',
    ownerTeam: 'payments-team',
    actor: 'user:default/daniel.kim',
    components: ['ledger-service'],
    status: 'released',
    window: { day: -137, hour: 8, hours: 5 },
    leadDays: 30,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned:
        'The dry run against last month’s postings found two rounding differences before go-live. Worth the extra day.',
    },
  },
  {
    title: 'Billing',
    version: '1.6.0',
    description: '## Goals\n- Annual plans for Acme Plus\n- Pro-rated upgrades',
    ownerTeam: 'payments-team',
    actor: 'user:default/daniel.kim',
    components: ['billing-service', 'ledger-service'],
    status: 'released',
    window: { day: -108, hour: 8, hours: 4 },
    leadDays: 21,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned: 'On time, no incidents.',
      actionItems: [
        {
          title: 'Tell support how pro-rated refunds are calculated',
          carryForward: false,
        },
      ],
    },
  },
  {
    title: 'Payments',
    version: '5.0.0',
    description:
      '## Goals\n- Fraud scoring v2 in the authorisation path\n- Apple Pay for returning customers',
    ownerTeam: 'payments-team',
    actor: 'user:default/maria.lopez',
    components: ['payment-gateway', 'fraud-detection'],
    status: 'released',
    window: { day: -80, hour: 8, hours: 4 },
    leadDays: 25,
    settled: 1,
    noGo: 'Fraud scoring v2 declined 3% more good orders than v1 on shadow traffic. Retune and move the window a week.',
    go: 'Retuned model matches v1 on false declines over five days of shadow traffic; on-call briefed.',
    outcome: {
      result: 'success',
      lessonsLearned:
        'The no-go cost a week and saved a bad week for customers. Shadow traffic is now a required step for model changes.',
    },
  },
  {
    title: 'Ledger',
    version: '2.1.0',
    description: '## Goals\n- Multi-currency balances',
    ownerTeam: 'payments-team',
    actor: 'user:default/daniel.kim',
    components: ['ledger-service'],
    status: 'released',
    window: { day: -52, hour: 8, hours: 4 },
    leadDays: 20,
    settled: 1,
    outcome: {
      result: 'failed',
      lateHours: 8,
      incidents: [
        {
          title: 'Nightly reconciliation posted EUR refunds twice',
          url: 'https://status.acme.example/incidents/INC-2187',
        },
        {
          title: 'Balance API returned 500s for 12 minutes',
          url: 'https://status.acme.example/incidents/INC-2188',
        },
      ],
      lessonsLearned:
        '## What happened\nThe reconciliation job retried a timed-out batch and **posted it twice**. We fixed forward the same evening; finance reversed 214 postings.\n\n## Why\n- Postings had no idempotency key\n- Staging has no realistic batch sizes',
      actionItems: [
        {
          title: 'Idempotency keys on every ledger posting',
          carryForward: true,
        },
        {
          title: 'Production-size reconciliation batches in staging',
          carryForward: false,
        },
      ],
    },
  },
  {
    title: 'Fraud detection',
    version: '1.4.0',
    description: '## Goals\n- Device fingerprinting\n- Velocity rules per card',
    ownerTeam: 'payments-team',
    actor: 'user:default/priya.natarajan',
    components: ['fraud-detection'],
    status: 'released',
    window: { day: -38, hour: 9, hours: 3 },
    leadDays: 18,
    settled: 1,
    outcome: {
      result: 'partial',
      incidents: [
        {
          title: 'Device fingerprinting blocked by a privacy extension',
          url: 'https://status.acme.example/incidents/INC-2230',
        },
      ],
      lessonsLearned:
        'Velocity rules are live. Device fingerprinting is switched off until the fallback for blocked scripts ships.',
    },
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
    window: { day: -25, hour: 8, hours: 6 },
    leadDays: 30,
    settled: 1,
    risks: [
      {
        title: 'Acquirer latency under peak load',
        likelihood: 'medium',
        impact: 'high',
        mitigation: 'Keep the old acquirer behind a feature flag',
      },
    ],
    outcome: {
      result: 'rolled_back',
      incidents: [
        {
          title: 'Card authorisations timing out at the new acquirer',
          url: 'https://status.acme.example/incidents/INC-2291',
        },
      ],
      lessonsLearned:
        '## What happened\nAt 40% of traffic the new acquirer’s p99 latency passed **8 seconds** and checkouts timed out. We switched the flag back to the old acquirer after 25 minutes.\n\n## What went well\n- The flag made the roll-back a one-minute change\n\n## What did not\n- We had no load figures from the acquirer',
      actionItems: [
        {
          title: 'Circuit breaker around every acquirer call',
          carryForward: true,
        },
        {
          title: 'A week of shadow traffic against the new acquirer first',
          carryForward: true,
        },
        {
          title: 'Ask the acquirer for their peak-load test results',
          carryForward: false,
        },
      ],
    },
  },
];
