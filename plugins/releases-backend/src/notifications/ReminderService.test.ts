import { mockServices } from '@backstage/backend-test-utils';
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

describe.each(databases.eachSupportedId())('reminders on %s', databaseId => {
  let knex: Knex;
  let releases: DatabaseReleaseStore;
  let sent: NotificationSendOptions[];
  let reminders: ReminderService;
  let now: number;

  beforeEach(async () => {
    const migrated = await migratedDatabase(databases, databaseId);
    knex = migrated.knex;
    const database = migrated.database;
    releases = await DatabaseReleaseStore.create({ database });
    sent = [];
    now = NOW;
    reminders = new ReminderService(
      await DatabaseReminderStore.create({ database }),
      { send: async n => void sent.push(n) },
      mockServices.logger.mock(),
      { leadMs: 24 * H, now: () => now },
    );
  });

  afterEach(async () => {
    await knex.destroy();
  });

  it('reminds assignees of open required items once per item and window, however often it runs', async () => {
    await releases.insertRelease({
      release: release('soon', 10, 'planned'),
      actor: 'user:default/x',
      at: NOW - 72 * H,
      activity: [],
    });
    await releases.insertRelease({
      release: release('later', 30, 'planned'),
      actor: 'user:default/x',
      at: NOW - 72 * H,
      activity: [],
    });
    await releases.insertRelease({
      release: release('draft', 10, 'draft'),
      actor: 'user:default/x',
      at: NOW - 72 * H,
      activity: [],
    });
    await releases.applyChange({
      releaseId: 'soon',
      actor: 'user:default/x',
      at: NOW,
      updateItems: [{ id: 'soon-2', fields: { state: 'done' } }],
      activity: [],
    });

    expect(await reminders.run()).toEqual({ itemReminders: 2, notReady: 0 });
    expect(await reminders.run()).toEqual({ itemReminders: 0, notReady: 0 });
    expect(
      sent
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
      sent.find(n => n.payload.description?.includes('Tests pass')),
    ).toBeDefined();

    // The window moves later and into the lead time again: that is a new window, reminded again.
    await releases.applyChange({
      releaseId: 'soon',
      actor: 'user:default/x',
      at: NOW,
      fields: { windowStart: NOW + 12 * H, windowEnd: NOW + 16 * H },
      activity: [],
    });
    expect((await reminders.run()).itemReminders).toBe(2);
  });

  it("tells the owner once when a window starts while the release isn't ready", async () => {
    await releases.insertRelease({
      release: release('live', 10, 'planned'),
      actor: 'user:default/x',
      at: NOW - 72 * H,
      activity: [],
    });
    now = NOW + 11 * H;
    expect(await reminders.run()).toEqual({ itemReminders: 0, notReady: 1 });
    expect(await reminders.run()).toEqual({ itemReminders: 0, notReady: 0 });
    expect(
      sent.map(n => [
        n.recipients.type === 'entity' && n.recipients.entityRef,
        n.payload.severity,
      ]),
    ).toEqual([['group:default/owners', 'high']]);
    expect(sent[0].payload.title).toBe(
      'live 1: the window has started and it is not ready',
    );
  });
});
