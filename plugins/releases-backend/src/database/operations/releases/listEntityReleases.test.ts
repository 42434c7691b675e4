import {
  HOUR,
  insertRelease,
  newRelease,
  T0,
} from '../../../__testUtils__/newRelease';
import {
  describeStoreOnEachDatabase,
  type useReleaseStore,
} from '../../../__testUtils__/useReleaseStore';

type Db = ReturnType<typeof useReleaseStore>;

const checkout = {
  entityRef: 'component:default/checkout-service',
  ownerRef: 'group:default/checkout-team',
  systemRef: 'system:default/checkout',
};
const cart = {
  entityRef: 'component:default/cart-service',
  ownerRef: 'group:default/checkout-team',
  systemRef: 'system:default/checkout',
};
const gateway = {
  entityRef: 'component:default/payment-gateway',
  ownerRef: 'group:default/payments-team',
  systemRef: 'system:default/payments',
};

/** Every page of an entity's list, followed by cursor. */
const ids = async (db: Db, filter: object, limit = 50) => {
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await db.store().listReleases({ filter, limit, cursor });
    seen.push(...page.items.map(r => r.id));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
};

/** The window start copied on each component row, by release and component. */
const copies = async (db: Db) =>
  (
    await db
      .knex()('release_components as c')
      .join('releases as r', 'r.id', 'c.release_id')
      .select('c.release_id', 'c.entity_ref', 'c.window_start')
      .select({ release_window_start: 'r.window_start' })
      .orderBy(['c.release_id', 'c.entity_ref'])
  ).map(row => ({
    id: row.release_id,
    ref: row.entity_ref,
    copy: Number(row.window_start),
    release: Number(row.release_window_start),
  }));

describeStoreOnEachDatabase('listReleases of an entity', db => {
  it("lists a system's release of several of its components once, newest first, across pages", async () => {
    // Equal window starts for two of them: the order falls back on the id, descending.
    const both = newRelease({
      windowStart: T0 + HOUR,
      windowEnd: T0 + 2 * HOUR,
      components: [checkout, cart],
    });
    const cartOnly = newRelease({
      windowStart: T0 + 3 * HOUR,
      windowEnd: T0 + 4 * HOUR,
      components: [cart],
    });
    const tie = newRelease({
      windowStart: T0 + HOUR,
      windowEnd: T0 + 2 * HOUR,
      components: [cart, checkout, gateway],
    });
    const payments = newRelease({
      windowStart: T0 + 2 * HOUR,
      windowEnd: T0 + 3 * HOUR,
      components: [gateway],
    });
    const old = newRelease({
      windowStart: T0 - 50 * HOUR,
      windowEnd: T0 - 49 * HOUR,
      components: [checkout],
      status: 'draft',
    });
    for (const r of [both, cartOnly, tie, payments, old]) {
      await insertRelease(db.store(), r);
    }

    const system = [cartOnly.id, tie.id, both.id, old.id];
    expect(await ids(db, { entityRef: 'system:default/checkout' })).toEqual(
      system,
    );
    for (const limit of [1, 2, 3]) {
      expect(
        await ids(db, { entityRef: 'system:default/checkout' }, limit),
      ).toEqual(system);
    }
    expect(
      await ids(db, { entityRef: 'component:default/checkout-service' }, 1),
    ).toEqual([tie.id, both.id, old.id]);
    expect(
      await ids(db, { entityRef: 'component:default/payment-gateway' }),
    ).toEqual([payments.id, tie.id]);
    // With the release filters on top.
    expect(
      await ids(db, {
        entityRef: 'system:default/checkout',
        statuses: ['draft'],
      }),
    ).toEqual([old.id]);
    expect(
      await ids(db, {
        entityRef: 'component:default/cart-service',
        from: T0 + 2 * HOUR,
        to: T0 + 4 * HOUR,
      }),
    ).toEqual([cartOnly.id]);
    // Only components and systems include releases.
    expect(await ids(db, { entityRef: 'group:default/checkout-team' })).toEqual(
      [],
    );
  });
});

describeStoreOnEachDatabase('listReleases of an entity after changes', db => {
  it('keeps the copied window start in step with the window and with added components', async () => {
    const first = newRelease({
      windowStart: T0,
      windowEnd: T0 + HOUR,
      components: [checkout, cart],
    });
    const second = newRelease({
      windowStart: T0 + HOUR,
      windowEnd: T0 + 2 * HOUR,
      components: [checkout],
    });
    for (const r of [first, second]) await insertRelease(db.store(), r);
    expect(
      await ids(db, { entityRef: 'component:default/checkout-service' }),
    ).toEqual([second.id, first.id]);

    // A plain edit of the window (on PostgreSQL written in one statement with the bump).
    await db.store().applyChange({
      releaseId: first.id,
      expectedRevision: 1,
      actor: 'user:default/alice',
      at: T0,
      fields: { windowStart: T0 + 5 * HOUR, windowEnd: T0 + 6 * HOUR },
      activity: [{ action: 'release.rescheduled', summary: 'Moved' }],
    });
    expect(
      await ids(db, { entityRef: 'component:default/checkout-service' }),
    ).toEqual([first.id, second.id]);
    expect(await ids(db, { entityRef: 'system:default/checkout' }, 1)).toEqual([
      first.id,
      second.id,
    ]);

    // A component added alone takes the stored window; with a new window, the new one.
    await db.store().applyChange({
      releaseId: second.id,
      actor: 'user:default/alice',
      at: T0,
      addComponents: [gateway],
      activity: [],
    });
    await db.store().applyChange({
      releaseId: first.id,
      actor: 'user:default/alice',
      at: T0,
      fields: { windowStart: T0 - 2 * HOUR, windowEnd: T0 - HOUR },
      addComponents: [gateway],
      removeComponents: [cart.entityRef],
      activity: [],
    });
    expect(
      await ids(db, { entityRef: 'component:default/payment-gateway' }),
    ).toEqual([second.id, first.id]);
    expect(await copies(db)).toEqual([
      {
        id: first.id,
        ref: checkout.entityRef,
        copy: T0 - 2 * HOUR,
        release: T0 - 2 * HOUR,
      },
      {
        id: first.id,
        ref: gateway.entityRef,
        copy: T0 - 2 * HOUR,
        release: T0 - 2 * HOUR,
      },
      {
        id: second.id,
        ref: checkout.entityRef,
        copy: T0 + HOUR,
        release: T0 + HOUR,
      },
      {
        id: second.id,
        ref: gateway.entityRef,
        copy: T0 + HOUR,
        release: T0 + HOUR,
      },
    ]);

    // A stale write moves nothing, the copy included.
    await expect(
      db.store().applyChange({
        releaseId: second.id,
        expectedRevision: 1,
        actor: 'user:default/alice',
        at: T0,
        fields: { windowStart: T0 + 9 * HOUR },
        activity: [],
      }),
    ).rejects.toMatchObject({ name: 'ConflictError' });
    expect((await copies(db)).every(c => c.copy === c.release)).toBe(true);
    expect((await copies(db)).find(c => c.id === second.id)!.copy).toBe(
      T0 + HOUR,
    );
  });
});
