import type { Knex } from 'knex';
import { migratedDatabase } from '../__testUtils__/migratedDatabase';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseReleaseStore } from './DatabaseReleaseStore';
import type { NewRelease } from './types';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 11, 1, 9);

let seq = 0;
function newRelease(overrides: Partial<NewRelease> = {}): NewRelease {
  seq += 1;
  const id = `r-${String(seq).padStart(4, '0')}`;
  return {
    id,
    title: `Release ${seq}`,
    version: `1.${seq}.0`,
    description: '',
    risks: [],
    owner: 'group:default/checkout-team',
    stakeholders: [],
    templateId: 'default',
    status: 'planned',
    windowStart: T0,
    windowEnd: T0 + 2 * HOUR,
    plannedAt: T0 - 10 * HOUR,
    components: [
      {
        entityRef: 'component:default/checkout-service',
        ownerRef: 'group:default/checkout-team',
        systemRef: 'system:default/checkout',
      },
    ],
    items: [
      {
        id: `${id}-a`,
        componentRef: 'component:default/checkout-service',
        title: 'Tests pass',
        category: 'validation',
        required: true,
        assignee: 'group:default/checkout-team',
        source: 'default',
      },
      {
        id: `${id}-b`,
        componentRef: null,
        title: 'Release notes',
        category: 'communication',
        required: false,
        assignee: 'group:default/checkout-team',
        source: 'default',
      },
    ],
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseReleaseStore on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseReleaseStore;

    beforeAll(async () => {
      const migrated = await migratedDatabase(databases, databaseId);
      knex = migrated.knex;
      store = await DatabaseReleaseStore.create(migrated);
    });

    beforeEach(async () => {
      await knex('release_activity').delete();
      await knex('checklist_items').delete();
      await knex('release_components').delete();
      await knex('releases').delete();
    });

    it('stores a release with its components, checklist and activity', async () => {
      const release = newRelease();
      await store.insertRelease({
        release,
        actor: 'user:default/alice',
        at: T0 - HOUR,
        activity: [
          { action: 'release.created', summary: 'Created', after: { a: 1 } },
        ],
      });

      const stored = await store.getRelease(release.id);
      expect(stored).toMatchObject({
        id: release.id,
        status: 'planned',
        revision: 1,
        windowStart: new Date(T0).toISOString(),
        windowEnd: new Date(T0 + 2 * HOUR).toISOString(),
        createdBy: 'user:default/alice',
        components: [
          {
            entityRef: 'component:default/checkout-service',
            ownerRef: 'group:default/checkout-team',
            systemRef: 'system:default/checkout',
          },
        ],
      });
      expect(
        stored!.checklist.map(i => [i.title, i.required, i.state]),
      ).toEqual([
        ['Tests pass', true, 'open'],
        ['Release notes', false, 'open'],
      ]);
      const activity = await store.listActivity(release.id, 10);
      expect(activity).toEqual([
        expect.objectContaining({
          action: 'release.created',
          actor: 'user:default/alice',
          after: { a: 1 },
        }),
      ]);
      expect(await store.getRelease('nope')).toBeUndefined();
    });

    it('lists with readiness counts from one aggregate, filtered by component, system, owner, status and window', async () => {
      const a = newRelease();
      const b = newRelease({
        owner: 'group:default/payments-team',
        status: 'draft',
        windowStart: T0 + 30 * HOUR,
        windowEnd: T0 + 32 * HOUR,
        components: [
          {
            entityRef: 'component:default/payment-gateway',
            ownerRef: 'group:default/payments-team',
            systemRef: 'system:default/payments',
          },
        ],
        items: [],
      });
      // Starts before the range and ends inside it.
      const c = newRelease({
        windowStart: T0 - 5 * HOUR,
        windowEnd: T0 - HOUR + 1,
      });
      for (const r of [a, b, c])
        await store.insertRelease({
          release: r,
          actor: 'user:default/alice',
          at: T0,
          activity: [],
        });
      await store.applyChange({
        releaseId: a.id,
        actor: 'user:default/alice',
        at: T0,
        updateItems: [{ id: `${a.id}-a`, fields: { state: 'done' } }],
        activity: [],
      });

      const list = async (filter: object) =>
        (await store.listReleases({ filter, limit: 50 })).items.map(r => r.id);

      const all = await store.listReleases({ filter: {}, limit: 50 });
      expect(all.items.map(r => r.id)).toEqual([b.id, a.id, c.id]);
      expect(all.items.find(r => r.id === a.id)!.counts).toEqual({
        total: 2,
        settled: 1,
        requiredOpen: 0,
      });
      expect(all.items.find(r => r.id === b.id)!.counts).toEqual({
        total: 0,
        settled: 0,
        requiredOpen: 0,
      });

      expect(
        await list({ entityRef: 'component:default/payment-gateway' }),
      ).toEqual([b.id]);
      expect(await list({ entityRef: 'system:default/checkout' })).toEqual([
        a.id,
        c.id,
      ]);
      expect(await list({ owner: 'group:default/payments-team' })).toEqual([
        b.id,
      ]);
      expect(await list({ statuses: ['draft'] })).toEqual([b.id]);
      expect(await list({ statuses: ['planned', 'draft'] })).toEqual([
        b.id,
        a.id,
        c.id,
      ]);
      // [T0 - 2h, T0 + 1h) overlaps a (starts inside) and c (ends inside), not b.
      expect(await list({ from: T0 - 2 * HOUR, to: T0 + HOUR })).toEqual([
        a.id,
        c.id,
      ]);
      // A range inside b's window: b spans it.
      expect(
        await list({ from: T0 + 31 * HOUR, to: T0 + 31 * HOUR + 1 }),
      ).toEqual([b.id]);
      // Touching ends do not overlap.
      expect(await list({ from: T0 + 2 * HOUR, to: T0 + 30 * HOUR })).toEqual(
        [],
      );
    });

    it('reads the calendar releases of a range with components in position order, counts and a truncation flag', async () => {
      // Positions run against the alphabetical order of the refs (the primary key's order), so an
      // answer in key order would fail.
      const components = ['payments', 'cart', 'billing'].map(name => ({
        entityRef: `component:default/${name}`,
        ownerRef: 'group:default/checkout-team',
        systemRef: 'system:default/checkout',
      }));
      const many = newRelease({ components });
      const single = newRelease({
        windowStart: T0 + HOUR,
        windowEnd: T0 + 3 * HOUR,
        items: [],
      });
      const outside = newRelease({
        windowStart: T0 + 10 * HOUR,
        windowEnd: T0 + 11 * HOUR,
      });
      for (const r of [many, single, outside])
        await store.insertRelease({
          release: r,
          actor: 'user:default/alice',
          at: T0,
          activity: [],
        });

      const range = { from: T0, to: T0 + 4 * HOUR };
      const result = await store.listCalendarReleases({
        filter: range,
        limit: 10,
      });
      expect(result.truncated).toBe(false);
      expect(result.releases).toEqual([
        {
          id: single.id,
          title: single.title,
          version: single.version,
          owner: single.owner,
          status: 'planned',
          windowStart: new Date(T0 + HOUR).toISOString(),
          windowEnd: new Date(T0 + 3 * HOUR).toISOString(),
          revision: 1,
          updatedAt: new Date(T0).toISOString(),
          components: single.components,
          counts: { total: 0, settled: 0, requiredOpen: 0 },
        },
        expect.objectContaining({
          id: many.id,
          components,
          counts: { total: 2, settled: 0, requiredOpen: 1 },
        }),
      ]);

      const capped = await store.listCalendarReleases({
        filter: range,
        limit: 1,
      });
      expect(capped.releases.map(r => r.id)).toEqual([single.id]);
      expect(capped.truncated).toBe(true);
    });

    it('searches title and version case-insensitively, with LIKE wildcards taken literally', async () => {
      const a = newRelease({ title: 'Checkout Express' });
      const b = newRelease({ title: '100% uptime', version: '9.9.9' });
      for (const r of [a, b])
        await store.insertRelease({
          release: r,
          actor: 'user:default/alice',
          at: T0,
          activity: [],
        });
      const q = async (text: string) =>
        (
          await store.listReleases({ filter: { q: text }, limit: 10 })
        ).items.map(r => r.id);
      expect(await q('express')).toEqual([a.id]);
      expect(await q('0%')).toEqual([b.id]);
      expect(await q('9.9')).toEqual([b.id]);
      expect(await q('_')).toEqual([]);
    });

    it('pages with a cursor in a stable order, also across equal window starts', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        const r = newRelease({
          windowStart: T0 + (i % 3) * HOUR,
          windowEnd: T0 + 10 * HOUR,
        });
        ids.push(r.id);
        await store.insertRelease({
          release: r,
          actor: 'user:default/alice',
          at: T0,
          activity: [],
        });
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listReleases({ filter: {}, limit: 3, cursor });
        seen.push(...page.items.map(r => r.id));
        cursor = page.nextCursor;
      } while (cursor);
      // Newest window first, ties broken by id, descending.
      const expected = ids
        .map((id, i) => ({ id, start: i % 3 }))
        .sort((x, y) => y.start - x.start || (x.id < y.id ? 1 : -1))
        .map(x => x.id);
      expect(seen).toEqual(expected);
      await expect(
        store.listReleases({ filter: {}, limit: 3, cursor: 'garbage' }),
      ).rejects.toThrow(/cursor/);
    });

    it('applies a change only at the expected revision, and writes nothing when stale', async () => {
      const r = newRelease();
      await store.insertRelease({
        release: r,
        actor: 'user:default/alice',
        at: T0,
        activity: [],
      });
      const revision = await store.applyChange({
        releaseId: r.id,
        expectedRevision: 1,
        actor: 'user:default/bob',
        at: T0 + 1,
        fields: { title: 'Renamed' },
        activity: [{ action: 'release.updated', summary: 'Renamed' }],
      });
      expect(revision).toBe(2);

      await expect(
        store.applyChange({
          releaseId: r.id,
          expectedRevision: 1,
          actor: 'user:default/carol',
          at: T0 + 2,
          fields: { title: 'Lost' },
          addItems: [
            {
              id: 'should-not-exist',
              componentRef: null,
              title: 'x',
              category: 'planning',
              required: true,
              assignee: null,
              source: 'manual',
            },
          ],
          activity: [{ action: 'release.updated', summary: 'Lost' }],
        }),
      ).rejects.toMatchObject({ name: 'ConflictError' });

      const stored = await store.getRelease(r.id);
      expect(stored).toMatchObject({
        title: 'Renamed',
        revision: 2,
        updatedBy: 'user:default/bob',
      });
      expect(stored!.checklist.map(i => i.id)).not.toContain(
        'should-not-exist',
      );
      expect((await store.listActivity(r.id, 10)).map(a => a.summary)).toEqual([
        'Renamed',
      ]);
      await expect(
        store.applyChange({
          releaseId: 'missing',
          actor: 'x',
          at: T0,
          activity: [],
        }),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });

    it('lets exactly one of two concurrent writers with the same revision through', async () => {
      const r = newRelease();
      await store.insertRelease({
        release: r,
        actor: 'user:default/alice',
        at: T0,
        activity: [],
      });
      const write = (title: string) =>
        store.applyChange({
          releaseId: r.id,
          expectedRevision: 1,
          actor: `user:default/${title}`,
          at: T0 + 1,
          fields: { title },
          activity: [{ action: 'release.updated', summary: title }],
        });
      const results = await Promise.allSettled([
        write('first'),
        write('second'),
      ]);
      expect(results.filter(x => x.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter(
        x => x.status === 'rejected',
      ) as PromiseRejectedResult[];
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason.name).toBe('ConflictError');
      const stored = await store.getRelease(r.id);
      const winner = results[0].status === 'fulfilled' ? 'first' : 'second';
      expect(stored).toMatchObject({ title: winner, revision: 2 });
      expect((await store.listActivity(r.id, 10)).map(a => a.summary)).toEqual([
        winner,
      ]);
    });

    it('adds and removes components and items in order, and deletes drafts keeping the trail', async () => {
      const r = newRelease({ status: 'draft' });
      await store.insertRelease({
        release: r,
        actor: 'user:default/alice',
        at: T0,
        activity: [],
      });
      await store.applyChange({
        releaseId: r.id,
        actor: 'user:default/alice',
        at: T0 + 1,
        addComponents: [
          {
            entityRef: 'component:default/cart-service',
            ownerRef: null,
            systemRef: null,
          },
        ],
        addItems: [
          {
            id: 'cart-1',
            componentRef: 'component:default/cart-service',
            title: 'Cart tests',
            category: 'validation',
            required: true,
            assignee: null,
            source: 'default',
          },
        ],
        removeItemIds: [`${r.id}-b`],
        activity: [
          { action: 'release.components_added', summary: 'Added cart' },
        ],
      });
      let stored = await store.getRelease(r.id);
      expect(stored!.components.map(c => c.entityRef)).toEqual([
        'component:default/checkout-service',
        'component:default/cart-service',
      ]);
      expect(stored!.checklist.map(i => i.id)).toEqual([`${r.id}-a`, 'cart-1']);

      await store.applyChange({
        releaseId: r.id,
        actor: 'user:default/alice',
        at: T0 + 2,
        removeComponents: ['component:default/checkout-service'],
        activity: [
          { action: 'release.component_removed', summary: 'Removed checkout' },
        ],
      });
      stored = await store.getRelease(r.id);
      expect(stored!.components.map(c => c.entityRef)).toEqual([
        'component:default/cart-service',
      ]);

      expect(
        await store.deleteRelease({
          id: r.id,
          onlyStatus: 'planned',
          actor: 'user:default/alice',
          at: T0 + 3,
          activity: [],
        }),
      ).toBe(false);
      expect(
        await store.deleteRelease({
          id: r.id,
          onlyStatus: 'draft',
          actor: 'user:default/alice',
          at: T0 + 3,
          activity: [{ action: 'release.deleted', summary: 'Deleted' }],
        }),
      ).toBe(true);
      expect(await store.getRelease(r.id)).toBeUndefined();
      expect(await knex('checklist_items').where({ release_id: r.id })).toEqual(
        [],
      );
      expect((await store.listActivity(r.id, 10)).map(a => a.action)).toEqual([
        'release.deleted',
        'release.component_removed',
        'release.components_added',
      ]);
      expect(await store.countReleases()).toBe(0);
    });
  },
);
