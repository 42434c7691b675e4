import type { Knex } from 'knex';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { applyDatabaseMigrations, migrateDatabase } from './migrations';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@releasekit/plugin-releases-backend',
  'migrations',
);
const databases = createTestDatabases();

async function tables(knex: Knex): Promise<boolean[]> {
  return Promise.all(
    [
      'releases',
      'release_components',
      'checklist_items',
      'release_activity',
    ].map(t => knex.schema.hasTable(t)),
  );
}

describe.each(databases.eachSupportedId())('migrations on %s', databaseId => {
  it('migrates up, holds data, migrates down and up again', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    expect(await tables(knex)).toEqual([true, true, true, true]);

    await knex('releases').insert({
      id: 'r1',
      title: 'Checkout',
      version: '1.0.0',
      description: '',
      risks: '[]',
      owner: 'group:default/a',
      stakeholders: '[]',
      template_id: 'default',
      status: 'draft',
      window_start: 1_800_000_000_000,
      window_end: 1_800_000_360_000,
      revision: 1,
      planned_at: null,
      created_at: 1,
      created_by: 'user:default/a',
      updated_at: 1,
      updated_by: 'user:default/a',
    });
    await knex('checklist_items').insert({
      id: 'i1',
      release_id: 'r1',
      component_ref: null,
      title: 'Item',
      category: 'planning',
      required: true,
      assignee: null,
      state: 'open',
      source: 'default',
      position: 0,
      created_at: 1,
      updated_at: 1,
    });
    const row = await knex('releases').where({ id: 'r1' }).first();
    // bigint survives the round trip on every driver (PostgreSQL hands it back as a string).
    expect(Number(row.window_start)).toBe(1_800_000_000_000);

    await knex.migrate.rollback({ directory: migrationsDir }, true);
    expect(await tables(knex)).toEqual([false, false, false, false]);

    await knex.migrate.latest({ directory: migrationsDir });
    expect(await tables(knex)).toEqual([true, true, true, true]);
    expect(await knex('releases')).toEqual([]);
    await knex.destroy();
  });
});

const COMPONENT_WINDOW = '20261203010000_component_window.js';

/** Names of the applied migrations (knex lists them as names or as { name } by version). */
async function applied(knex: Knex): Promise<string[]> {
  const [completed] = await knex.migrate.list({ directory: migrationsDir });
  return (completed as Array<string | { name: string }>).map(m =>
    typeof m === 'string' ? m : m.name,
  );
}

/** Migrates down until `migration` is undone, with whatever came after it. */
async function migrateDownThrough(knex: Knex, migration: string) {
  while ((await applied(knex)).includes(migration)) {
    await knex.migrate.down({ directory: migrationsDir });
  }
}

async function rowCount(knex: Knex, table: string): Promise<number> {
  return Number((await knex(table).count({ n: '*' }).first())!.n);
}

describe.each(databases.eachSupportedId())(
  'the component window migration on %s',
  databaseId => {
    it("copies each release's window start onto its component rows, and removes it on the way down", async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      await migrateDownThrough(knex, COMPONENT_WINDOW);
      expect(
        await knex.schema.hasColumn('release_components', 'window_start'),
      ).toBe(false);
      const release = (id: string, windowStart: number) => ({
        id,
        title: id,
        version: '1.0.0',
        description: '',
        risks: '[]',
        owner: 'group:default/a',
        stakeholders: '[]',
        template_id: 'default',
        status: 'planned',
        window_start: windowStart,
        window_end: windowStart + 3_600_000,
        revision: 1,
        planned_at: null,
        created_at: 1,
        created_by: 'user:default/a',
        updated_at: 1,
        updated_by: 'user:default/a',
      });
      await knex('releases').insert([
        release('r1', 1_800_000_000_000),
        release('r2', 1_700_000_000_000),
      ]);
      const component = (
        releaseId: string,
        name: string,
        position: number,
      ) => ({
        release_id: releaseId,
        entity_ref: `component:default/${name}`,
        owner_ref: null,
        system_ref: 'system:default/s',
        position,
      });
      await knex('release_components').insert([
        component('r1', 'a', 0),
        component('r1', 'b', 1),
        component('r2', 'a', 0),
      ]);

      await knex.migrate.latest({ directory: migrationsDir });
      const copied = await knex('release_components')
        .select('release_id', 'entity_ref', 'window_start')
        .orderBy(['release_id', 'entity_ref']);
      expect(
        copied.map(r => [r.release_id, r.entity_ref, Number(r.window_start)]),
      ).toEqual([
        ['r1', 'component:default/a', 1_800_000_000_000],
        ['r1', 'component:default/b', 1_800_000_000_000],
        ['r2', 'component:default/a', 1_700_000_000_000],
      ]);

      await migrateDownThrough(knex, COMPONENT_WINDOW);
      expect(
        await knex.schema.hasColumn('release_components', 'window_start'),
      ).toBe(false);
      expect(await rowCount(knex, 'release_components')).toBe(3);
      await knex.destroy();
    });
  },
);

const REMINDER_DELIVERY = '20261204000000_reminder_delivery.js';

describe.each(databases.eachSupportedId())(
  'the reminder delivery migration on %s',
  databaseId => {
    it('counts the reminders already claimed, and those a previous version claims, as delivered', async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      await migrateDownThrough(knex, REMINDER_DELIVERY);
      const reminder = (itemKey: string) => ({
        release_id: 'r1',
        item_key: itemKey,
        window_start: 1_800_000_000_000,
        sent_at: 1,
      });
      await knex('release_reminders').insert(reminder('before'));

      await knex.migrate.latest({ directory: migrationsDir });
      // A replica still on the previous version inserts without the column.
      await knex('release_reminders').insert(reminder('previous-version'));
      await knex('release_reminders').insert({
        ...reminder('claimed'),
        delivered: false,
      });
      const rows = await knex('release_reminders')
        .select('item_key', 'delivered')
        .orderBy('item_key');
      expect(rows.map(r => [r.item_key, Boolean(r.delivered)])).toEqual([
        ['before', true],
        ['claimed', false],
        ['previous-version', true],
      ]);

      await migrateDownThrough(knex, REMINDER_DELIVERY);
      expect(
        await knex.schema.hasColumn('release_reminders', 'delivered'),
      ).toBe(false);
      expect(await rowCount(knex, 'release_reminders')).toBe(3);
      await knex.destroy();
    });
  },
);

describe('migrateDatabase', () => {
  it('migrates unless the database service says migrations are skipped', async () => {
    const knex = await databases.init('SQLITE_3');
    await migrateDatabase(
      mockServices.database({ knex, migrations: { skip: true } }),
    );
    expect(await tables(knex)).toEqual([false, false, false, false]);
    await migrateDatabase(mockServices.database({ knex }));
    expect(await tables(knex)).toEqual([true, true, true, true]);
    await knex.destroy();
  });
});

describe.each(databases.eachSupportedId())(
  'migrations while another replica holds the lock, on %s',
  databaseId => {
    // What another replica's knex leaves while it migrates: the lock row set.
    async function lockedByAnotherReplica(knex: Knex) {
      await knex.migrate.up({ directory: migrationsDir });
      await knex('knex_migrations_lock').update({ is_locked: 1 });
    }

    it('waits for the lock, then migrates', async () => {
      const knex = await databases.init(databaseId);
      await lockedByAnotherReplica(knex);
      const migrated = applyDatabaseMigrations(knex, { pollMs: 50 });
      await new Promise(r => setTimeout(r, 400));
      expect(await knex.schema.hasTable('release_reminders')).toBe(false);
      await knex('knex_migrations_lock').update({ is_locked: 0 });
      await migrated;
      expect(await knex.schema.hasTable('release_reminders')).toBe(true);
      await knex.destroy();
    });

    it('gives up with MigrationLocked when the lock is never released', async () => {
      const knex = await databases.init(databaseId);
      await lockedByAnotherReplica(knex);
      await expect(
        applyDatabaseMigrations(knex, { lockWaitMs: 200, pollMs: 50 }),
      ).rejects.toMatchObject({ name: 'MigrationLocked' });
      await knex.destroy();
    });
  },
);
