import type { CheckResultInput } from '@releasekit/plugin-releases-common';
import {
  automatedRelease,
  insertRelease,
  T0,
} from '../__testUtils__/newRelease';
import { describeStoreOnEachDatabase } from '../__testUtils__/useReleaseStore';
import { DatabaseCheckResultStore } from './DatabaseCheckResultStore';

const testsPassed: CheckResultInput = {
  entityRef: 'component:default/checkout-service',
  check: 'ci.tests',
  status: 'passed',
  url: 'https://ci.example.com/runs/1',
};

describeStoreOnEachDatabase('the statements of a check result', db => {
  /** Records the results and returns the SQL it ran, BEGIN and COMMIT included. */
  async function counted(results: CheckResultInput[], at: number) {
    const checks = await DatabaseCheckResultStore.create({
      database: { getClient: async () => db.knex() } as any,
    });
    const sql: string[] = [];
    const listener = (query: { sql: string }) => sql.push(query.sql);
    db.knex().on('query', listener);
    try {
      const report = await checks.recordResults({
        results,
        reportedBy: 'github-actions',
        at,
      });
      return { report, sql };
    } finally {
      db.knex().off('query', listener);
    }
  }

  async function openReleases(count: number) {
    for (let i = 0; i < count; i++) {
      await insertRelease(db.store(), automatedRelease());
    }
  }

  /*
   * BEGIN, the upsert that returns the fresh results, the waiting items, their UPDATE, the revision
   * bump, the activity rows and COMMIT. PostgreSQL receives the three writes as one statement;
   * MySQL has no RETURNING and reads the stored results first.
   */
  const settling = () => {
    const client = String(db.knex().client.config.client);
    if (client === 'pg') return 5;
    return client.startsWith('mysql') ? 8 : 7;
  };

  it('settles 2 or 6 releases in the same statements', async () => {
    await openReleases(2);
    const two = await counted([testsPassed], T0 + 1000);
    expect(two.report.settled).toHaveLength(2);
    expect(two.sql).toHaveLength(settling());

    await openReleases(4);
    const six = await counted(
      [{ ...testsPassed, status: 'failed', summary: 'flaky' }],
      T0 + 2000,
    );
    expect(six.report.settled).toHaveLength(6);
    expect(six.report.settled.every(s => s.state === 'open')).toBe(true);
    expect(six.sql).toHaveLength(settling());
  });

  it('writes nothing for a repeat: the result and the items stay as they were', async () => {
    await openReleases(3);
    await counted([testsPassed], T0 + 1000);
    const again = await counted([testsPassed], T0 + 2000);
    expect(again.report.settled.map(s => s.state)).toEqual([
      'done',
      'done',
      'done',
    ]);
    // BEGIN, the upsert (or MySQL's read) that finds nothing fresh, the waiting items and COMMIT.
    expect(again.sql).toHaveLength(4);
    expect(again.sql.filter(s => /^update/i.test(s))).toEqual([]);
    const [stored] = await db.knex()('check_results');
    expect(stored.status).toBe('passed');
    expect(Number(stored.reported_at)).toBe(T0 + 1000);
  });

  it('stores a result that differs only in a column that was null', async () => {
    await counted([testsPassed], T0 + 1000);
    const withCommit = await counted(
      [{ ...testsPassed, commit: 'abc1234' }],
      T0 + 2000,
    );
    expect(withCommit.report.unmatched).toHaveLength(1);
    const [stored] = await db.knex()('check_results');
    expect(stored.commit).toBe('abc1234');
    expect(Number(stored.reported_at)).toBe(T0 + 2000);
  });
});
