import {
  insertRelease,
  newRelease,
  T0,
} from '../../../__testUtils__/newRelease';
import { describeStoreOnEachDatabase } from '../../../__testUtils__/useReleaseStore';

describeStoreOnEachDatabase('applyReleaseChange', db => {
  it('applies a change only at the expected revision, and writes nothing when stale', async () => {
    const r = newRelease();
    await insertRelease(db.store(), r);
    const revision = await db.store().applyChange({
      releaseId: r.id,
      expectedRevision: 1,
      actor: 'user:default/bob',
      at: T0 + 1,
      fields: { title: 'Renamed' },
      activity: [{ action: 'release.updated', summary: 'Renamed' }],
    });
    expect(revision).toBe(2);

    await expect(
      db.store().applyChange({
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

    const stored = await db.store().getRelease(r.id);
    expect(stored).toMatchObject({
      title: 'Renamed',
      revision: 2,
      updatedBy: 'user:default/bob',
    });
    expect(stored!.checklist.map(i => i.id)).not.toContain('should-not-exist');
    expect(
      (await db.store().listActivity(r.id, 10)).map(a => a.summary),
    ).toEqual(['Renamed']);
    await expect(
      db.store().applyChange({
        releaseId: 'missing',
        actor: 'x',
        at: T0,
        activity: [],
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('lets exactly one of two concurrent writers with the same revision through', async () => {
    const r = newRelease();
    await insertRelease(db.store(), r);
    const write = (title: string) =>
      db.store().applyChange({
        releaseId: r.id,
        expectedRevision: 1,
        actor: `user:default/${title}`,
        at: T0 + 1,
        fields: { title },
        activity: [{ action: 'release.updated', summary: title }],
      });
    const results = await Promise.allSettled([write('first'), write('second')]);
    expect(results.filter(x => x.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter(
      x => x.status === 'rejected',
    ) as PromiseRejectedResult[];
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason.name).toBe('ConflictError');
    const stored = await db.store().getRelease(r.id);
    const winner = results[0].status === 'fulfilled' ? 'first' : 'second';
    expect(stored).toMatchObject({ title: winner, revision: 2 });
    expect(
      (await db.store().listActivity(r.id, 10)).map(a => a.summary),
    ).toEqual([winner]);
  });

  it('keeps nothing of a tick that is stale or names an item no longer there', async () => {
    const r = newRelease();
    await insertRelease(db.store(), r);
    const item = r.items[0];
    const tick = (id: string, expectedRevision?: number) =>
      db.store().applyChange({
        releaseId: r.id,
        expectedRevision,
        actor: 'user:default/bob',
        at: T0 + 1,
        updateItems: [{ id, fields: { state: 'done', note: 'Checked' } }],
        activity: [{ action: 'checklist.item_updated', summary: 'Ticked' }],
      });

    await expect(tick(item.id, 7)).rejects.toMatchObject({
      name: 'ConflictError',
    });
    await expect(tick('removed-meanwhile', 1)).rejects.toMatchObject({
      name: 'NotFoundError',
    });
    // Without a revision to compare, the bump alone would go through: it must not be kept either.
    await expect(tick('removed-meanwhile')).rejects.toMatchObject({
      name: 'NotFoundError',
      message: `No checklist item removed-meanwhile in release ${r.id}`,
    });

    const stored = await db.store().getRelease(r.id);
    expect(stored!.revision).toBe(1);
    expect(stored!.checklist.find(i => i.id === item.id)).toMatchObject({
      state: 'open',
      note: null,
    });
    expect(await db.store().listActivity(r.id, 10)).toEqual([]);
    expect(await tick(item.id, 1)).toBe(2);
  });
});
