import {
  mockServices,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseReleaseStore } from '../database/DatabaseReleaseStore';
import { DatabaseReminderStore } from '../database/DatabaseReminderStore';
import { migratedDatabase } from '../__testUtils__/migratedDatabase';
import type { NewRelease } from '../database/types';
import { ReminderService } from './ReminderService';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const H = 3_600_000;
const NOW = Date.UTC(2027, 5, 1, 12);
/** The task's timeout, after which a claim left undelivered is taken over. */
const RETRY_AFTER = 5 * 60_000;

function release(
  id: string,
  startsIn: number,
  status: NewRelease['status'],
): NewRelease {
  return {
    id,
    title: id,
    version: '1',
    description: '',
    risks: [],
    owner: 'group:default/owners',
    stakeholders: [],
    templateId: 'default',
    status,
    windowStart: NOW + startsIn * H,
    windowEnd: NOW + (startsIn + 4) * H,
    plannedAt: NOW - 48 * H,
    components: [
      {
        entityRef: 'component:default/a',
        ownerRef: 'group:default/team-a',
        systemRef: null,
      },
    ],
    items: [
      {
        id: `${id}-1`,
        componentRef: 'component:default/a',
        title: 'Tests pass',
        category: 'validation',
        required: true,
        assignee: 'group:default/team-a',
        source: 'default',
      },
      {
        id: `${id}-2`,
        componentRef: 'component:default/a',
        title: 'Runbook',
        category: 'execution',
        required: true,
        assignee: 'group:default/team-a',
        source: 'default',
      },
      {
        id: `${id}-3`,
        componentRef: null,
        title: 'Release notes',
        category: 'communication',
        required: true,
        assignee: 'group:default/owners',
        source: 'default',
      },
      {
        id: `${id}-4`,
        componentRef: null,
        title: 'Optional',
        category: 'follow_up',
        required: false,
        assignee: 'group:default/owners',
        source: 'default',
      },
    ],
  };
}

/** Two replicas' reminder tasks on one migrated database, a clock to move and a notifications backend to fail. */
function reminderFixture(databaseId: TestDatabaseId) {
  const f = {
    now: NOW,
    failing: false,
    sent: [] as NotificationSendOptions[],
    logger: mockServices.logger.mock(),
    /** Stores a release as planned three days before NOW. */
    insert: (r: NewRelease) =>
      f.releases.insertRelease({
        release: r,
        actor: 'user:default/x',
        at: NOW - 72 * H,
        activity: [],
      }),
  } as {
    insert(r: NewRelease): Promise<void>;
    now: number;
    failing: boolean;
    sent: NotificationSendOptions[];
    logger: ReturnType<typeof mockServices.logger.mock>;
    knex: Knex;
    releases: DatabaseReleaseStore;
    store: DatabaseReminderStore;
    reminders: ReminderService;
    otherReplica: ReminderService;
  };

  beforeEach(async () => {
    const { knex, database } = await migratedDatabase(databases, databaseId);
    f.knex = knex;
    f.releases = await DatabaseReleaseStore.create({ database });
    f.store = await DatabaseReminderStore.create({ database });
    f.now = NOW;
    f.failing = false;
    f.sent = [];
    f.logger = mockServices.logger.mock();
    const notifications = {
      send: async (n: NotificationSendOptions) => {
        if (f.failing) throw new Error('notifications backend unavailable');
        f.sent.push(n);
      },
    };
    const replica = () =>
      new ReminderService(f.store, notifications, f.logger, {
        leadMs: 24 * H,
        retryAfterMs: RETRY_AFTER,
        now: () => f.now,
      });
    f.reminders = replica();
    // A second replica running the same task on the same database.
    f.otherReplica = replica();
  });

  afterEach(async () => {
    await f.knex.destroy();
  });

  return f;
}

describe.each(databases.eachSupportedId())('reminders on %s', databaseId => {
  const f = reminderFixture(databaseId);

  it('reminds assignees of open required items once per item and window, however often it runs', async () => {
    await f.insert(release('soon', 10, 'planned'));
    await f.insert(release('later', 30, 'planned'));
    await f.insert(release('draft', 10, 'draft'));
    await f.releases.applyChange({
      releaseId: 'soon',
      actor: 'user:default/x',
      at: NOW,
      updateItems: [{ id: 'soon-2', fields: { state: 'done' } }],
      activity: [],
    });

    expect(await f.reminders.run()).toEqual({ itemReminders: 2, notReady: 0 });
    expect(await f.reminders.run()).toEqual({ itemReminders: 0, notReady: 0 });
    expect(
      f.sent
        .map(n => [
          n.recipients.type === 'entity' && n.recipients.entityRef,
          n.payload.title,
        ])
        .sort(),
    ).toEqual([
      ['group:default/owners', 'soon 1: 1 required item(s) still open'],
      ['group:default/team-a', 'soon 1: 1 required item(s) still open'],
    ]);
    expect(
      f.sent.find(n => n.payload.description?.includes('Tests pass')),
    ).toBeDefined();

    // The window moves later and into the lead time again: that is a new window, reminded again.
    await f.releases.applyChange({
      releaseId: 'soon',
      actor: 'user:default/x',
      at: NOW,
      fields: { windowStart: NOW + 12 * H, windowEnd: NOW + 16 * H },
      activity: [],
    });
    expect((await f.reminders.run()).itemReminders).toBe(2);
  });

  it("tells the owner once when a window starts while the release isn't ready", async () => {
    await f.insert(release('live', 10, 'planned'));
    f.now = NOW + 11 * H;
    expect(await f.reminders.run()).toEqual({ itemReminders: 0, notReady: 1 });
    expect(await f.reminders.run()).toEqual({ itemReminders: 0, notReady: 0 });
    expect(
      f.sent.map(n => [
        n.recipients.type === 'entity' && n.recipients.entityRef,
        n.payload.severity,
      ]),
    ).toEqual([['group:default/owners', 'high']]);
    expect(f.sent[0].payload.title).toBe(
      'live 1: the window has started and it is not ready',
    );
  });
});

describe.each(databases.eachSupportedId())(
  'reminders not confirmed sent, on %s',
  databaseId => {
    const f = reminderFixture(databaseId);

    it("sends a reminder whose run died after claiming it, once the claim is older than the task's timeout", async () => {
      await f.insert(release('soon', 10, 'planned'));
      // What a replica killed between claiming and sending leaves: claims, no notification.
      for (const itemKey of ['soon-1', 'soon-2']) {
        expect(
          await f.store.claim({
            releaseId: 'soon',
            itemKey,
            windowStart: NOW + 10 * H,
            at: NOW,
            retryBefore: NOW - RETRY_AFTER,
          }),
        ).toBe('new');
      }

      f.now = NOW + RETRY_AFTER - 1;
      // Only the unclaimed item goes: the claims may belong to a run still sending.
      expect(await f.reminders.run()).toEqual({
        itemReminders: 1,
        notReady: 0,
      });
      expect(f.sent.map(n => n.payload.description)).toEqual([
        expect.stringContaining('Open: Release notes'),
      ]);

      f.now = NOW + RETRY_AFTER + 1;
      const [first, second] = await Promise.all([
        f.reminders.run(),
        f.otherReplica.run(),
      ]);
      expect(first.itemReminders + second.itemReminders).toBe(2);
      // Each item once, whichever replica took it over.
      expect(
        f.sent
          .slice(1)
          .flatMap(n => n.payload.description!.split('Open: ')[1].split('; '))
          .sort(),
      ).toEqual(['Runbook', 'Tests pass']);
      const logged = f.logger.info.mock.calls
        .map(([message]) => message)
        .join('\n');
      expect(logged.match(/(\d+) of them claimed by an earlier run/g)).toEqual(
        first.itemReminders === 2 || second.itemReminders === 2
          ? ['2 of them claimed by an earlier run']
          : [
              '1 of them claimed by an earlier run',
              '1 of them claimed by an earlier run',
            ],
      );

      f.now = NOW + 3 * RETRY_AFTER;
      expect(await f.reminders.run()).toEqual({
        itemReminders: 0,
        notReady: 0,
      });
      expect(
        (await f.knex('release_reminders').select('delivered')).map(r =>
          Boolean(r.delivered),
        ),
      ).toEqual([true, true, true]);
    });

    it("tries a reminder the notifications backend refused again after the task's timeout, and not before", async () => {
      await f.insert(release('live', 10, 'planned'));
      f.now = NOW + 11 * H;
      f.failing = true;
      expect(await f.reminders.run()).toEqual({
        itemReminders: 0,
        notReady: 0,
      });
      f.failing = false;
      f.now += RETRY_AFTER - 1;
      expect(await f.reminders.run()).toEqual({
        itemReminders: 0,
        notReady: 0,
      });
      expect(f.sent).toEqual([]);

      f.now += 2;
      expect(await f.reminders.run()).toEqual({
        itemReminders: 0,
        notReady: 1,
      });
      expect(await f.otherReplica.run()).toEqual({
        itemReminders: 0,
        notReady: 0,
      });
      expect(f.sent.map(n => n.payload.scope)).toEqual([
        `not-ready:live:${NOW + 10 * H}`,
      ]);
    });
  },
);
