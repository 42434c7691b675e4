import {
  findConflicts,
  isActiveStatus,
} from '@releasekit/plugin-releases-common';
import { freezeOccurrences } from '../service/freezeOccurrences';
import { demoFreezeWindows } from './__testUtils__/demoPortal';
import { demoComponent } from './demoComponents';
import { DEMO_RELEASES } from './demoReleases';
import { demoLabel, scheduleDemoReleases } from './demoSchedule';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The demo portal's freeze occurrences from 2025 to 2028: every start below looks at these. */
const FREEZES = demoFreezeWindows()
  .flatMap(f =>
    freezeOccurrences(f, Date.UTC(2025, 0, 1), Date.UTC(2029, 0, 1)),
  )
  .sort((a, b) => a.start.localeCompare(b.start));
const occurrencesAround = (_now: number) => FREEZES;

function schedule(now: number) {
  const slots = scheduleDemoReleases(
    DEMO_RELEASES,
    now,
    occurrencesAround(now),
  );
  return DEMO_RELEASES.map(demo => ({ demo, ...slots.get(demoLabel(demo))! }));
}

/** The calendar's conflicts among the seeded releases: only planned and in-progress ones take part. */
function calendarConflicts(now: number) {
  return findConflicts({
    releases: schedule(now).map(({ demo, start, end }) => ({
      id: demoLabel(demo),
      title: demo.title,
      version: demo.version,
      status: demo.status,
      owner: `group:default/${demo.ownerTeam}`,
      windowStart: new Date(start).toISOString(),
      windowEnd: new Date(end).toISOString(),
      components: demo.components.map(demoComponent),
    })),
    freezes: occurrencesAround(now),
  });
}

describe('scheduleDemoReleases', () => {
  // Every 29 hours for fourteen months: each weekday at every hour, the year-end freeze, a new year.
  const starts = Array.from(
    { length: Math.floor((425 * 24) / 29) },
    (_, i) => Date.UTC(2026, 0, 2, 7) + i * 29 * HOUR,
  );

  it('leaves exactly the deliberate overlap and the deliberate freeze override on the calendar, whatever the start', () => {
    const deliberate = [
      'freeze Payments 5.0.1 component:default/payment-gateway config:payments-fridays',
      'same_component Checkout 2.4.0,Payments SDK 3.0.0 component:default/checkout-service',
    ];
    const unexpected = starts.filter(now => {
      const conflicts = calendarConflicts(now).map(c =>
        [
          c.kind,
          [...c.releaseIds].sort().join(),
          c.entityRefs.join(),
          c.freezeId,
        ]
          .filter(Boolean)
          .join(' '),
      );
      return conflicts.sort().join('\n') !== deliberate.join('\n');
    });
    expect(unexpected.map(now => new Date(now).toISOString())).toEqual([]);
    // The check above can fail: a start where the override's Friday lies in the year-end freeze.
    expect(calendarConflicts(Date.UTC(2026, 11, 24, 10))).toHaveLength(2);
  });

  /** What is wrong with a release's window at a start, or undefined. */
  function misplaced(
    demo: (typeof DEMO_RELEASES)[number],
    start: number,
    end: number,
    now: number,
  ): string | undefined {
    const weekday = new Date(start).getUTCDay();
    if (demo.freezeOverride ? weekday !== 5 : ![1, 2, 3, 4].includes(weekday)) {
      return `starts on weekday ${weekday}`;
    }
    if (demo.status === 'in_progress') {
      return start < now ? undefined : 'in progress but not started';
    }
    if (isActiveStatus(demo.status) || demo.status === 'draft') {
      // Ahead, within the weeks ahead rather than months.
      return start > now && start < now + 45 * DAY ? undefined : 'not ahead';
    }
    const late = (demo.outcome?.lateHours ?? 0) * HOUR;
    return end + late < now && start > now - 190 * DAY
      ? undefined
      : 'not in the last six months';
  }

  it('puts windows where their status says, on working days, and the override on a Friday', () => {
    const problems = starts.flatMap(now =>
      schedule(now).flatMap(({ demo, start, end }) => {
        const problem = misplaced(demo, start, end, now);
        return problem
          ? [
              `${demoLabel(demo)} from ${new Date(
                now,
              ).toISOString()}: ${problem}`,
            ]
          : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('places every release in a portal without freezes, the override release as any other', () => {
    // The end-to-end tests start the demo portal with `releases.freezes: []`.
    const now = Date.UTC(2026, 11, 2, 6);
    const slots = scheduleDemoReleases(DEMO_RELEASES, now, []);
    expect(slots.size).toBe(DEMO_RELEASES.length);
    const conflicts = [...slots.values()].flatMap(slot => slot.conflicts);
    expect(conflicts.map(c => c.kind)).toEqual([
      'same_component',
      'same_component',
    ]);
  });

  it('refuses releases that collide by accident, naming the release', () => {
    const now = Date.UTC(2026, 10, 25, 10);
    const twin = {
      ...DEMO_RELEASES.find(
        d => d.title === 'Notifications' && d.status === 'planned',
      )!,
      version: '1.4.1',
      // The only allowed weekday is a Sunday in the payments freeze: and it ships a payments component.
      components: ['notification-service', 'ledger-service'],
      window: { day: 1, hour: 9, hours: 2, weekdays: [7] },
    };
    expect(() =>
      scheduleDemoReleases([twin], now, occurrencesAround(now)),
    ).toThrow('No window for the demo release Notifications 1.4.1');
  });
});
