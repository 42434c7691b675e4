import type { DemoRelease } from '../demoTypes';

/**
 * The platform team's last six months: small, on-time releases, and one failed notifications release
 * whose lessons are carried forward release after release.
 */
export const PLATFORM_HISTORY: DemoRelease[] = [
  {
    title: 'Observability library',
    version: '1.8.0',
    description: '## Goals\n- Trace context across the event queue',
    ownerTeam: 'platform-team',
    actor: 'user:default/tom.andersson',
    components: ['observability-lib'],
    status: 'released',
    window: { day: -172, hour: 13, hours: 2 },
    leadDays: 21,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned:
        'Uneventful. Traces now span the order pipeline end to end.',
    },
  },
  {
    title: 'Notifications',
    version: '1.2.0',
    description: '## Goals\n- SMS order updates through the new provider',
    ownerTeam: 'platform-team',
    actor: 'user:default/olivia.bennett',
    components: ['notification-service'],
    status: 'released',
    window: { day: -130, hour: 13, hours: 3 },
    leadDays: 25,
    settled: 1,
    outcome: {
      result: 'failed',
      incidents: [
        {
          title: 'SMS provider throttled order updates',
          url: 'https://status.acme.example/incidents/INC-2093',
        },
      ],
      lessonsLearned:
        '## What happened\nThe provider throttled us at **50 messages a second**, a limit nobody had read. Order updates queued for an hour; we switched back to e-mail only.\n\n## Next time\n- Know the provider’s limits before the release, not during it',
      actionItems: [
        {
          title: 'Stage the SMS provider’s rate limits in staging',
          carryForward: true,
        },
      ],
    },
  },
  {
    title: 'Notifications',
    version: '1.3.0',
    description:
      '## Goals\n- SMS order updates, second attempt, with rate limiting on our side',
    ownerTeam: 'platform-team',
    actor: 'user:default/olivia.bennett',
    components: ['notification-service'],
    status: 'released',
    window: { day: -94, hour: 13, hours: 2 },
    leadDays: 21,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned:
        'The staging rate limits carried forward from 1.2.0 caught a burst at the top of the hour. SMS updates are live.',
      actionItems: [
        { title: 'Canary for the SMS fallback route', carryForward: true },
        { title: 'Write the provider failover runbook', carryForward: true },
      ],
    },
  },
  {
    title: 'Observability library',
    version: '1.9.0',
    description: '## Goals\n- Exemplars on latency histograms',
    ownerTeam: 'platform-team',
    actor: 'user:default/aisha.rahman',
    components: ['observability-lib'],
    status: 'released',
    window: { day: -59, hour: 13, hours: 2 },
    leadDays: 18,
    settled: 1,
    outcome: {
      result: 'success',
      lessonsLearned:
        'Rolled out to every service in one window thanks to the shared base image.',
    },
  },
];
