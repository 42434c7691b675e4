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
