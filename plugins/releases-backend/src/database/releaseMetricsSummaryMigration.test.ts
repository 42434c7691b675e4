import type { Knex } from 'knex';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@releasekit/plugin-releases-backend',
  'migrations',
);
const MIGRATION = '20261203000000_release_metrics_summary.js';
const databases = createTestDatabases();

function release(id: string) {
  return {
    id,
    title: id,
    version: '1',
    description: '',
    risks: '[]',
    owner: 'group:default/a',
    stakeholders: '[]',
    template_id: 'default',
    status: 'released',
    window_start: 1_000,
    window_end: 2_000,
    revision: 1,
    planned_at: 500,
    created_at: 1,
    created_by: 'user:default/a',
    updated_at: 1,
    updated_by: 'user:default/a',
  };
}

function item(
  id: string,
  releaseId: string,
  required: boolean,
  state: string,
  doneAt: number | null,
) {
  return {
    id,
    release_id: releaseId,
    component_ref: null,
    title: id,
    category: 'validation',
    required,
    assignee: null,
    state,
    done_at: doneAt,
    source: 'default',
    position: 0,
    created_at: 1,
    updated_at: 1,
  };
}

const outcome = (releaseId: string) => ({
  release_id: releaseId,
  result: 'success',
  released_at: 1_500,
  incidents: '[]',
  lessons_learned: '',
  recorded_by: 'user:default/a',
  recorded_at: 1_600,
});

async function summaries(knex: Knex) {
  const rows = await knex('release_outcomes')
    .select('release_id', 'ready_at', 'required_open')
    .orderBy('release_id');
  return rows.map(row => ({
    id: row.release_id,
    readyAt: row.ready_at === null ? null : Number(row.ready_at),
    requiredOpen: Number(row.required_open),
  }));
}

describe.each(databases.eachSupportedId())(
  'release metrics summary migration on %s',
  databaseId => {
    it('backfills the readiness of existing outcomes, and migrates down and up again', async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      await knex.migrate.down({ directory: migrationsDir, name: MIGRATION });
      expect(await knex.schema.hasColumn('release_outcomes', 'ready_at')).toBe(
        false,
      );

      // r1 ready (the optional item settled later does not count), r2 with a required item open,
      // r3 without required items, r4 without an outcome.
      await knex('releases').insert(['r1', 'r2', 'r3', 'r4'].map(release));
      await knex('checklist_items').insert([
        item('r1-a', 'r1', true, 'done', 1_100),
        item('r1-b', 'r1', true, 'not_applicable', 1_200),
        item('r1-c', 'r1', false, 'done', 1_900),
        item('r2-a', 'r2', true, 'done', 1_300),
        item('r2-b', 'r2', true, 'open', null),
        item('r3-a', 'r3', false, 'done', 1_400),
        item('r4-a', 'r4', true, 'open', null),
      ]);
      await knex('release_outcomes').insert(['r1', 'r2', 'r3'].map(outcome));

      await knex.migrate.up({ directory: migrationsDir, name: MIGRATION });
      expect(await summaries(knex)).toEqual([
        { id: 'r1', readyAt: 1_200, requiredOpen: 0 },
        { id: 'r2', readyAt: 1_300, requiredOpen: 1 },
        { id: 'r3', readyAt: null, requiredOpen: 0 },
      ]);

      await knex.migrate.down({ directory: migrationsDir, name: MIGRATION });
      expect(
        await knex.schema.hasColumn('release_outcomes', 'required_open'),
      ).toBe(false);
      expect(
        await knex('release_outcomes')
          .orderBy('release_id')
          .pluck('release_id'),
      ).toEqual(['r1', 'r2', 'r3']);
      await knex.migrate.latest({ directory: migrationsDir });
      expect((await summaries(knex)).map(s => s.readyAt)).toEqual([
        1_200,
        1_300,
        null,
      ]);
      await knex.destroy();
    });
  },
);
