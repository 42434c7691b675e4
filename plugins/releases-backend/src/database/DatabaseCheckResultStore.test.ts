import type { CheckResultInput } from '@releasekit/plugin-releases-common';
import {
  automatedRelease,
  insertRelease,
  newRelease,
  T0,
} from '../__testUtils__/newRelease';
import { describeStoreOnEachDatabase } from '../__testUtils__/useReleaseStore';
import { DatabaseCheckResultStore } from './DatabaseCheckResultStore';

const CHECKOUT = 'component:default/checkout-service';
const PIPELINE = 'github-actions';

const testsPassed: CheckResultInput = {
  entityRef: CHECKOUT,
  check: 'ci.tests',
  status: 'passed',
  url: 'https://ci.example.com/runs/1',
};

/** The store on the describe's database, and shortcuts the tests share. */
function useChecks(
  db: Parameters<Parameters<typeof describeStoreOnEachDatabase>[1]>[0],
) {
  const checks = () =>
    DatabaseCheckResultStore.create({
      database: { getClient: async () => db.knex() } as any,
    });
  const record = async (results: CheckResultInput[], at = T0 + 1000) =>
    (await checks()).recordResults({ results, reportedBy: PIPELINE, at });
  const item = async (releaseId: string) =>
    (await db.store().getRelease(releaseId))!.checklist.find(
      i => i.check === 'ci.tests',
    )!;
  return { checks, record, item };
}

describeStoreOnEachDatabase('DatabaseCheckResultStore settling items', db => {
  const { record, item } = useChecks(db);

  it('settles the waiting item of every release not yet finished, naming the reporter', async () => {
    const planned = automatedRelease();
    const released = automatedRelease({ status: 'released' });
    await insertRelease(db.store(), planned);
    await insertRelease(db.store(), released);

    const report = await record([testsPassed]);

    expect(report).toEqual({
      settled: [
        { releaseId: planned.id, itemId: `${planned.id}-a`, state: 'done' },
      ],
      unmatched: [],
    });
    expect(await item(planned.id)).toMatchObject({
      state: 'done',
      evidenceUrl: 'https://ci.example.com/runs/1',
      doneBy: PIPELINE,
    });
    expect(await item(released.id)).toMatchObject({ state: 'open' });
    const stored = await db.store().getRelease(planned.id);
    expect(stored!.revision).toBe(2);
    const [activity] = await db.store().listActivity(planned.id, 5);
    expect(activity).toMatchObject({
      action: 'checklist.check_result',
      actor: PIPELINE,
      summary: `ci.tests passed for ${CHECKOUT}: "Tests pass" done`,
    });
  });

  it('changes nothing when the same result is reported again', async () => {
    const r = automatedRelease();
    await insertRelease(db.store(), r);
    await record([testsPassed]);
    const again = await record([testsPassed], T0 + 2000);
    expect(again.settled).toEqual([
      { releaseId: r.id, itemId: `${r.id}-a`, state: 'done' },
    ]);
    expect((await db.store().getRelease(r.id))!.revision).toBe(2);
    expect(await db.store().listActivity(r.id, 5)).toHaveLength(1);
  });

  it('re-opens the item on a later failure with its summary, and leaves not-applicable items alone', async () => {
    const r = automatedRelease();
    await insertRelease(db.store(), r);
    await record([testsPassed]);
    await record([
      { ...testsPassed, status: 'failed', summary: '3 tests failed' },
    ]);
    expect(await item(r.id)).toMatchObject({
      state: 'open',
      note: '3 tests failed',
      doneBy: null,
      doneAt: null,
    });

    await db.store().applyChange({
      releaseId: r.id,
      actor: 'user:default/alice',
      at: T0 + 3000,
      updateItems: [
        {
          id: `${r.id}-a`,
          fields: { state: 'not_applicable', note: 'No tests' },
        },
      ],
      activity: [],
    });
    await record([testsPassed], T0 + 4000);
    expect(await item(r.id)).toMatchObject({ state: 'not_applicable' });
  });
});

describeStoreOnEachDatabase('DatabaseCheckResultStore keeping results', db => {
  const { checks, record, item } = useChecks(db);

  it('honours releaseId and version, and keeps unmatched results for items added later', async () => {
    const a = automatedRelease({ version: '2.0.0' });
    const b = automatedRelease({ version: '2.1.0' });
    await insertRelease(db.store(), a);
    await insertRelease(db.store(), b);

    const byVersion = await record([{ ...testsPassed, version: '2.1.0' }]);
    expect(byVersion.settled.map(s => s.releaseId)).toEqual([b.id]);
    const other = {
      ...testsPassed,
      entityRef: 'component:default/ledger-service',
    };
    const unknown = await record([other, { ...testsPassed, check: 'ci.lint' }]);
    expect(unknown).toEqual({
      settled: [],
      unmatched: [
        { entityRef: 'component:default/ledger-service', check: 'ci.tests' },
        { entityRef: CHECKOUT, check: 'ci.lint' },
      ],
    });
    expect(
      (
        await (await checks()).listResults('component:default/ledger-service')
      ).map(r => [r.check, r.status, r.reportedBy]),
    ).toEqual([['ci.tests', 'passed', PIPELINE]]);

    // The ledger joins a release later: its item starts settled by the stored result.
    const later = newRelease();
    await insertRelease(db.store(), {
      ...later,
      components: [
        {
          entityRef: 'component:default/ledger-service',
          ownerRef: null,
          systemRef: null,
        },
      ],
      items: [
        {
          id: `${later.id}-ledger`,
          componentRef: 'component:default/ledger-service',
          title: 'Tests pass',
          category: 'validation',
          required: true,
          assignee: null,
          source: 'default',
          check: 'ci.tests',
        },
      ],
    });
    expect(await item(later.id)).toMatchObject({
      state: 'done',
      doneBy: PIPELINE,
      evidenceUrl: 'https://ci.example.com/runs/1',
    });
  });

  it('lists what providers should evaluate: automated items of releases not yet finished', async () => {
    const open = automatedRelease();
    await insertRelease(db.store(), open);
    await insertRelease(db.store(), automatedRelease({ status: 'cancelled' }));
    expect(await (await checks()).pendingChecks()).toEqual([
      { releaseId: open.id, entityRef: CHECKOUT, check: 'ci.tests' },
    ]);
    expect(await (await checks()).pendingChecks('nope')).toEqual([]);
  });
});

describeStoreOnEachDatabase('DatabaseCheckResultStore failed checks', db => {
  const { checks, record } = useChecks(db);
  const failed = (releaseIds: string[]) =>
    checks().then(c => c.failedChecks(releaseIds));
  const testsFailed: CheckResultInput = {
    ...testsPassed,
    status: 'failed',
    summary: '3 tests failed',
  };

  it('counts an open item whose latest result failed, and not once a later result passes', async () => {
    const r = automatedRelease();
    const other = automatedRelease();
    await insertRelease(db.store(), r);
    await insertRelease(db.store(), other);

    await record([testsFailed]);
    expect(await failed([r.id])).toEqual([
      {
        releaseId: r.id,
        itemId: `${r.id}-a`,
        entityRef: CHECKOUT,
        check: 'ci.tests',
        required: true,
        summary: '3 tests failed',
        url: 'https://ci.example.com/runs/1',
      },
    ]);
    // Only the releases asked about.
    expect((await failed([r.id, other.id])).map(f => f.releaseId)).toEqual(
      [r.id, other.id].sort(),
    );

    await record([testsPassed], T0 + 2000);
    expect(await failed([r.id, other.id])).toEqual([]);
    expect(await failed([])).toEqual([]);
  });

  it('leaves out results naming another release or version, and items marked not applicable', async () => {
    const a = automatedRelease({ version: '2.0.0' });
    const b = automatedRelease({ version: '2.1.0' });
    await insertRelease(db.store(), a);
    await insertRelease(db.store(), b);

    await record([{ ...testsFailed, version: '2.1.0' }]);
    expect((await failed([a.id, b.id])).map(f => f.releaseId)).toEqual([b.id]);

    await record([{ ...testsFailed, releaseId: a.id }], T0 + 2000);
    expect((await failed([a.id, b.id])).map(f => f.releaseId)).toEqual([a.id]);

    await db.store().applyChange({
      releaseId: a.id,
      actor: 'user:default/alice',
      at: T0 + 3000,
      updateItems: [
        {
          id: `${a.id}-a`,
          fields: { state: 'not_applicable', note: 'No tests in 2.0' },
        },
      ],
      activity: [],
    });
    expect(await failed([a.id, b.id])).toEqual([]);
  });
});
