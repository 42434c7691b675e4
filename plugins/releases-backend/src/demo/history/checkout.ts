import type { DemoRelease } from '../demoTypes';

/** The checkout team's last six months: steady, sometimes late, one partial storefront release. */
export const CHECKOUT_HISTORY: DemoRelease[] = [
  {
    title: 'Checkout',
    version: '2.1.0',
    description:
      '## Goals\n- Merge guest carts into the customer cart at sign-in\n- Gift cards at checkout',
    ownerTeam: 'checkout-team',
    actor: 'user:default/james.okafor',
    components: ['checkout-service', 'cart-service'],
    status: 'released',
    window: { day: -165, hour: 9, hours: 4 },
    leadDays: 28,
    settled: 1,
    outcome: {
      result: 'success',
      lateHours: 2,
      lessonsLearned:
        '## What went well\n- Gift cards worked first time in production\n\n## What did not\n- The cart merge was slow for customers with **large guest carts**; the rollout paused for two hours while we added an index',
      actionItems: [
        {
          title: 'Load-test the cart merge path on a production-size dataset',
          carryForward: true,
        },
        {
          title: 'Add cart merge latency to the checkout dashboard',
          carryForward: false,
        },
      ],
    },
  },
  {
    title: 'Checkout',
    version: '2.2.0',
    description:
      '## Goals\n- Delivery slots at checkout\n- Cart reservations expire after 30 minutes',
    ownerTeam: 'checkout-team',
    actor: 'user:default/sofia.rossi',
    components: ['checkout-service', 'cart-service'],
    status: 'released',
    window: { day: -122, hour: 9, hours: 4 },
    leadDays: 24,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned:
        'The load test carried over from 2.1.0 found the same slow query before customers did. Keep doing it.',
      actionItems: [
        {
          title: 'Publish the delivery slot API to the mobile team',
          carryForward: false,
        },
      ],
    },
  },
  {
    title: 'Storefront',
    version: '2026.1',
    description:
      '## Goals\n- Dark mode\n- New product gallery in the checkout UI kit',
    ownerTeam: 'checkout-team',
    actor: 'user:default/sofia.rossi',
    components: ['storefront-web', 'checkout-ui-kit'],
    status: 'released',
    window: { day: -101, hour: 10, hours: 3 },
    leadDays: 30,
    settled: 1,
    outcome: {
      result: 'partial',
      lateHours: 3,
      incidents: [
        {
          title: 'Dark mode text unreadable on Safari 16',
          url: 'https://status.acme.example/incidents/INC-2104',
        },
      ],
      lessonsLearned:
        'Dark mode shipped **behind a flag** and stayed off for Safari until a fix a week later. The gallery went out as planned.\n\n- Our visual tests only ran in Chromium',
      actionItems: [
        {
          title: 'Visual regression tests in Safari for the UI kit',
          carryForward: true,
        },
      ],
    },
  },
  {
    title: 'Checkout',
    version: '2.3.0',
    description:
      '## Goals\n- One-page checkout for returning customers\n- Remove the legacy address form',
    ownerTeam: 'checkout-team',
    actor: 'user:default/james.okafor',
    components: ['checkout-service', 'cart-service'],
    status: 'released',
    window: { day: -66, hour: 9, hours: 4 },
    leadDays: 26,
    settled: 1,
    outcome: {
      result: 'success',
      lateHours: 6,
      lessonsLearned:
        '## What did not go well\n- The order-table migration took **five hours** instead of forty minutes: it had only been tried on a small copy\n\n## What went well\n- No customer impact: the old form stayed live until the migration finished',
      actionItems: [
        {
          title: 'Rehearse long migrations on a production-size copy',
          carryForward: true,
        },
      ],
    },
  },
  {
    title: 'Cart',
    version: '3.9.0',
    description: '## Goals\n- Save for later\n- Faster cart totals',
    ownerTeam: 'checkout-team',
    actor: 'user:default/sofia.rossi',
    components: ['cart-service'],
    status: 'released',
    window: { day: -45, hour: 13, hours: 2 },
    leadDays: 14,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned:
        'Quiet release. Cart totals p95 down from 180 ms to 60 ms.',
    },
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
    window: { day: -10, hour: 10, hours: 2 },
    settled: 0.3,
    cancelReason: 'Merged into Checkout 2.4.0 to save a release window',
  },
  {
    title: 'Checkout',
    version: '2.3.1',
    description:
      '## Hotfix\n- Coupons on discounted items rounded to the wrong cent',
    ownerTeam: 'checkout-team',
    actor: 'user:default/james.okafor',
    components: ['checkout-service'],
    status: 'released',
    window: { day: -8, hour: 9, hours: 2 },
    leadDays: 5,
    settled: 1,
    go: 'Hotfix reviewed by two engineers; finance confirmed the expected totals.',
    outcome: {
      result: 'success',
      lessonsLearned:
        'A five-day hotfix with the full checklist was fast enough. The rounding test now runs on every build.',
    },
  },
];
