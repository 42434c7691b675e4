import {
  HOUR,
  insertRelease,
  newRelease,
  T0,
} from '../../../__testUtils__/newRelease';
import { describeStoreOnEachDatabase } from '../../../__testUtils__/useReleaseStore';

describeStoreOnEachDatabase('listReleases', db => {
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
    for (const r of [a, b, c]) await insertRelease(db.store(), r);
    await db.store().applyChange({
      releaseId: a.id,
      actor: 'user:default/alice',
      at: T0,
      updateItems: [{ id: `${a.id}-a`, fields: { state: 'done' } }],
      activity: [],
    });

    const list = async (filter: object) =>
      (await db.store().listReleases({ filter, limit: 50 })).items.map(
        r => r.id,
      );

    const all = await db.store().listReleases({ filter: {}, limit: 50 });
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
    expect(await list({ from: T0 + 2 * HOUR, to: T0 + 30 * HOUR })).toEqual([]);
  });
});

describeStoreOnEachDatabase('listReleases search and paging', db => {
  it('searches title and version case-insensitively, with LIKE wildcards taken literally', async () => {
    const a = newRelease({ title: 'Checkout Express' });
    const b = newRelease({ title: '100% uptime', version: '9.9.9' });
    for (const r of [a, b]) await insertRelease(db.store(), r);
    const q = async (text: string) =>
      (
        await db.store().listReleases({ filter: { q: text }, limit: 10 })
      ).items.map(r => r.id);
    expect(await q('express')).toEqual([a.id]);
    expect(await q('0%')).toEqual([b.id]);
    expect(await q('9.9')).toEqual([b.id]);
    expect(await q('_')).toEqual([]);
  });

  it('reads each description in the same query only when asked', async () => {
    const a = newRelease({ description: '## Goals\nShip the cart' });
    const b = newRelease({ description: '' });
    for (const r of [a, b]) await insertRelease(db.store(), r);

    const plain = await db.store().listReleases({ filter: {}, limit: 10 });
    expect(plain.items.every(r => !('description' in r))).toBe(true);

    const withText = await db
      .store()
      .listReleases({ filter: {}, limit: 10, withDescription: true });
    expect(
      Object.fromEntries(withText.items.map(r => [r.id, r.description])),
    ).toEqual({ [a.id]: '## Goals\nShip the cart', [b.id]: '' });
  });

  it('pages with a cursor in a stable order, also across equal window starts', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = newRelease({
        windowStart: T0 + (i % 3) * HOUR,
        windowEnd: T0 + 10 * HOUR,
      });
      ids.push(r.id);
      await insertRelease(db.store(), r);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await db
        .store()
        .listReleases({ filter: {}, limit: 3, cursor });
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
      db.store().listReleases({ filter: {}, limit: 3, cursor: 'garbage' }),
    ).rejects.toThrow(/cursor/);
  });
});

describeStoreOnEachDatabase('listReleases of an entity', db => {
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

  const ids = async (filter: object, limit = 50) => {
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
  const copies = async () =>
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
    expect(await ids({ entityRef: 'system:default/checkout' })).toEqual(system);
    for (const limit of [1, 2, 3]) {
      expect(
        await ids({ entityRef: 'system:default/checkout' }, limit),
      ).toEqual(system);
    }
    expect(
      await ids({ entityRef: 'component:default/checkout-service' }, 1),
    ).toEqual([tie.id, both.id, old.id]);
    expect(
      await ids({ entityRef: 'component:default/payment-gateway' }),
    ).toEqual([payments.id, tie.id]);
    // With the release filters on top.
    expect(
      await ids({ entityRef: 'system:default/checkout', statuses: ['draft'] }),
    ).toEqual([old.id]);
    expect(
      await ids({
        entityRef: 'component:default/cart-service',
        from: T0 + 2 * HOUR,
        to: T0 + 4 * HOUR,
      }),
    ).toEqual([cartOnly.id]);
    // Only components and systems include releases.
    expect(await ids({ entityRef: 'group:default/checkout-team' })).toEqual([]);
  });

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
      await ids({ entityRef: 'component:default/checkout-service' }),
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
      await ids({ entityRef: 'component:default/checkout-service' }),
    ).toEqual([first.id, second.id]);
    expect(await ids({ entityRef: 'system:default/checkout' }, 1)).toEqual([
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
      await ids({ entityRef: 'component:default/payment-gateway' }),
    ).toEqual([second.id, first.id]);
    expect(await copies()).toEqual([
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
    expect((await copies()).every(c => c.copy === c.release)).toBe(true);
    expect((await copies()).find(c => c.id === second.id)!.copy).toBe(
      T0 + HOUR,
    );
  });
});
