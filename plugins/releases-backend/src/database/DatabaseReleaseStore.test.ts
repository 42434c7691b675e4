import {
  HOUR,
  insertRelease,
  newRelease,
  T0,
} from '../__testUtils__/newRelease';
import { describeStoreOnEachDatabase } from '../__testUtils__/useReleaseStore';

describeStoreOnEachDatabase('DatabaseReleaseStore', db => {
  it('stores a release with its components, checklist and activity', async () => {
    const release = newRelease();
    await db.store().insertRelease({
      release,
      actor: 'user:default/alice',
      at: T0 - HOUR,
      activity: [
        { action: 'release.created', summary: 'Created', after: { a: 1 } },
      ],
    });

    const stored = await db.store().getRelease(release.id);
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
    expect(stored!.checklist.map(i => [i.title, i.required, i.state])).toEqual([
      ['Tests pass', true, 'open'],
      ['Release notes', false, 'open'],
    ]);
    const activity = await db.store().listActivity(release.id, 10);
    expect(activity).toEqual([
      expect.objectContaining({
        action: 'release.created',
        actor: 'user:default/alice',
        after: { a: 1 },
      }),
    ]);
    expect(await db.store().getRelease('nope')).toBeUndefined();
  });
});

describeStoreOnEachDatabase('DatabaseReleaseStore.getReleaseItem', db => {
  it('reads a release with its components and one item as the batched read does', async () => {
    const r = newRelease({
      components: [
        {
          entityRef: 'component:default/checkout-service',
          ownerRef: 'group:default/checkout-team',
          systemRef: 'system:default/checkout',
        },
        {
          entityRef: 'component:default/cart-service',
          ownerRef: null,
          systemRef: null,
        },
      ],
    });
    await insertRelease(db.store(), r);
    await db.store().applyChange({
      releaseId: r.id,
      actor: 'user:default/alice',
      at: T0 + 1,
      updateItems: [
        {
          id: `${r.id}-a`,
          fields: {
            state: 'done',
            note: 'Green',
            evidenceUrl: 'https://ci.example.com/1',
            doneBy: 'user:default/alice',
            doneAt: T0 + 1,
          },
        },
      ],
      activity: [],
    });
    const batched = async (itemId: string) =>
      (await db.store().getReleaseItems([{ releaseId: r.id, itemId }]))[0];

    for (const itemId of [`${r.id}-a`, `${r.id}-b`]) {
      const loaded = await db.store().getReleaseItem(r.id, itemId);
      expect(loaded).toEqual(await batched(itemId));
      expect(loaded!.item!.id).toBe(itemId);
    }
    const settled = await db.store().getReleaseItem(r.id, `${r.id}-a`);
    expect(settled!.item).toMatchObject({
      state: 'done',
      required: true,
      doneAt: new Date(T0 + 1).toISOString(),
    });
    expect(settled!.release.components.map(c => c.entityRef)).toEqual([
      'component:default/checkout-service',
      'component:default/cart-service',
    ]);
    // An item that is not there, or not spelt so (ids are case-sensitive), is left out.
    for (const itemId of ['missing', `${r.id}-A`]) {
      const loaded = await db.store().getReleaseItem(r.id, itemId);
      expect(loaded!.item).toBeUndefined();
      expect(loaded!.release).toEqual(settled!.release);
    }
    expect(await db.store().getReleaseItem('r-missing', 'x')).toBeUndefined();
  });
});

describeStoreOnEachDatabase('DatabaseReleaseStore.getReleaseItems', db => {
  it('loads items of several releases with their releases, leaving out missing ones', async () => {
    const a = newRelease();
    const b = newRelease();
    await insertRelease(db.store(), a);
    await insertRelease(db.store(), b);
    const loaded = await db.store().getReleaseItems([
      { releaseId: a.id, itemId: `${a.id}-a` },
      { releaseId: b.id, itemId: `${b.id}-b` },
      { releaseId: b.id, itemId: `${a.id}-a` }, // an item of another release
      { releaseId: a.id, itemId: `${a.id}-A` }, // ids are case-sensitive
      { releaseId: 'r-missing', itemId: 'x' },
    ]);
    expect(
      loaded.map(l => [l.release.id, l.item?.id, l.release.components.length]),
    ).toEqual([
      [a.id, `${a.id}-a`, 1],
      [b.id, `${b.id}-b`, 1],
    ]);
    expect(await db.store().getReleaseItems([])).toEqual([]);
  });
});

describeStoreOnEachDatabase(
  'DatabaseReleaseStore changes of scope and deletion',
  db => {
    it('adds and removes components and items in order, and deletes drafts keeping the trail', async () => {
      const r = newRelease({ status: 'draft' });
      await insertRelease(db.store(), r);
      await db.store().applyChange({
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
      let stored = await db.store().getRelease(r.id);
      expect(stored!.components.map(c => c.entityRef)).toEqual([
        'component:default/checkout-service',
        'component:default/cart-service',
      ]);
      expect(stored!.checklist.map(i => i.id)).toEqual([`${r.id}-a`, 'cart-1']);

      await db.store().applyChange({
        releaseId: r.id,
        actor: 'user:default/alice',
        at: T0 + 2,
        removeComponents: ['component:default/checkout-service'],
        activity: [
          { action: 'release.component_removed', summary: 'Removed checkout' },
        ],
      });
      stored = await db.store().getRelease(r.id);
      expect(stored!.components.map(c => c.entityRef)).toEqual([
        'component:default/cart-service',
      ]);

      expect(
        await db.store().deleteRelease({
          id: r.id,
          onlyStatus: 'planned',
          actor: 'user:default/alice',
          at: T0 + 3,
          activity: [],
        }),
      ).toBe(false);
      expect(
        await db.store().deleteRelease({
          id: r.id,
          onlyStatus: 'draft',
          actor: 'user:default/alice',
          at: T0 + 3,
          activity: [{ action: 'release.deleted', summary: 'Deleted' }],
        }),
      ).toBe(true);
      expect(await db.store().getRelease(r.id)).toBeUndefined();
      expect(
        await db.knex()('checklist_items').where({ release_id: r.id }),
      ).toEqual([]);
      expect(
        (await db.store().listActivity(r.id, 10)).map(a => a.action),
      ).toEqual([
        'release.deleted',
        'release.component_removed',
        'release.components_added',
      ]);
      expect(await db.store().countReleases()).toBe(0);
    });
  },
);
