import type { DemoRelease } from '../demoTypes';

/** The identity team's last six months: passkeys, and a habit of running a little late. */
export const IDENTITY_HISTORY: DemoRelease[] = [
  {
    title: 'Identity',
    version: '2.8.0',
    description: '## Goals\n- Multi-factor sign-in for staff accounts',
    ownerTeam: 'identity-team',
    actor: 'user:default/wei.chen',
    components: ['auth-service', 'user-profile-service'],
    status: 'released',
    window: { day: -150, hour: 9, hours: 3 },
    leadDays: 30,
    settled: 1,
    outcome: {
      result: 'partial',
      lateHours: 5,
      incidents: [
        {
          title: 'MFA enrolment e-mails delayed by up to 40 minutes',
          url: 'https://status.acme.example/incidents/INC-2079',
        },
      ],
      lessonsLearned:
        'Staff MFA is live; self-service enrolment waited for the e-mail queue fix a day later.\n\n- We load-tested sign-in, not the e-mails it sends',
      actionItems: [
        {
          title: 'Include outgoing e-mail volume in load tests',
          carryForward: false,
        },
      ],
    },
  },
  {
    title: 'Account web',
    version: '3.2.0',
    description: '## Goals\n- Order history in the account pages',
    ownerTeam: 'identity-team',
    actor: 'user:default/lucas.almeida',
    components: ['account-web'],
    status: 'released',
    window: { day: -115, hour: 10, hours: 2 },
    leadDays: 14,
    settled: 1,
    outcome: {
      result: 'success',
      lateHours: 1.5,
      lessonsLearned:
        'The CDN cache purge took longer than the window allowed for; no customer impact.',
    },
  },
  {
    title: 'Identity',
    version: '2.9.0',
    description: '## Goals\n- Sliding sessions for the mobile apps',
    ownerTeam: 'identity-team',
    actor: 'user:default/hannah.schmidt',
    components: ['auth-service', 'session-lib'],
    status: 'released',
    window: { day: -87, hour: 9, hours: 3 },
    leadDays: 24,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned:
        'Every consumer of session-lib was told two weeks ahead; nobody was surprised.',
    },
  },
  {
    title: 'Account web',
    version: '3.3.0',
    description: '## Goals\n- Download invoices from the account pages',
    ownerTeam: 'identity-team',
    actor: 'user:default/lucas.almeida',
    components: ['account-web'],
    status: 'released',
    window: { day: -31, hour: 10, hours: 2 },
    leadDays: 12,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned: 'Cache purge scripted this time: done in four minutes.',
    },
  },
  {
    title: 'Identity',
    version: '3.0.0',
    description:
      '## Goals\n- Passkeys for customer accounts\n- Profile page shows the registered passkeys',
    ownerTeam: 'identity-team',
    actor: 'user:default/wei.chen',
    components: ['auth-service', 'session-lib', 'user-profile-service'],
    status: 'released',
    window: { day: -18, hour: 9, hours: 3 },
    leadDays: 28,
    settled: 1,
    outcome: {
      result: 'success',
      lateHours: 2,
      lessonsLearned:
        '## What went well\n- 11% of returning customers registered a passkey in the first week\n\n## What did not\n- Support had no script for customers who lost their device; the window ran two hours over while we wrote one',
      actionItems: [
        {
          title: 'Passkey recovery drill with support',
          carryForward: true,
        },
        {
          title: 'Alert on session refresh errors per app version',
          carryForward: true,
        },
      ],
    },
  },
];
