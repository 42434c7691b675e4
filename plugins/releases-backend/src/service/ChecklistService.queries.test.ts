import type request from 'supertest';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';

/**
 * The statements of one tick (PATCH /releases/{id}/checklist/{itemId}), counted with knex's `query`
 * event on the knex the plugin uses, BEGIN and COMMIT included: three reads (the release row, its
 * components and the item) for the permission check and the service, then BEGIN, the conditional
 * revision bump, the item update, the refresh of the readiness an outcome row keeps for the metrics
 * (none on an open release: it changes no row), the activity insert and COMMIT. PostgreSQL receives
 * the three reads as one statement, and the four writes as one statement, atomic on its own: no
 * BEGIN or COMMIT around it.
 */
const onPostgres = (backend: UsedBackend) =>
  String(backend.knex().client.config.client) === 'pg';
const tickStatements = (backend: UsedBackend) => (onPostgres(backend) ? 2 : 9);

/** The conditional revision bump, alone or as the first clause of the writes sent together. */
const BUMP =
  /^(WITH w0 AS \()?update .releases. set .revision. = revision \+ 1.* where .id. = (\?|\$\d+)( and .revision. = (\?|\$\d+))?( RETURNING 1\))?/;

/** The helpers of these tests, on the backend of the describe that calls it. */
function helpers(backend: UsedBackend) {
  const api = backend.api;
  async function createRelease() {
    const res = await api()
      .post('/api/releases/releases')
      .send({
        title: 'Checkout',
        version: '2.4.0',
        windowStart: '2027-12-01T09:00:00Z',
        windowEnd: '2027-12-01T13:00:00Z',
        owner: 'group:default/checkout-team',
        components: [
          'component:default/checkout-service',
          'component:default/payment-gateway',
        ],
      });
    expect(res.status).toBe(201);
    return res.body;
  }

  /**
   * Sends a request and returns its answer with the SQL it ran; the risk refresh that follows a
   * change runs in the background, after the count.
   */
  async function counted(send: () => Promise<request.Response>) {
    const sql: string[] = [];
    const listener = (query: { sql: string }) => {
      sql.push(query.sql);
    };
    const resume = await backend.ctx().risk.pause();
    backend.knex().on('query', listener);
    try {
      const res = await send();
      return { res, sql };
    } finally {
      backend.knex().off('query', listener);
      resume();
    }
  }

  async function getRelease(id: string) {
    const res = await api().get(`/api/releases/releases/${id}`);
    expect(res.status).toBe(200);
    return res.body;
  }

  const tick = (releaseId: string, itemId: string, body: object) =>
    counted(() =>
      api()
        .patch(`/api/releases/releases/${releaseId}/checklist/${itemId}`)
        .send(body),
    );

  return { createRelease, counted, getRelease, tick };
}

describeOnEachDatabase(
  'the statements of a tick',
  {
    entities: testCatalog(),
  },
  backend => {
    const api = backend.api;
    const { createRelease, getRelease, tick } = helpers(backend);

    it('ticks an item in 9 statements (2 on PostgreSQL) and answers what a reload shows', async () => {
      const TICK_STATEMENTS = tickStatements(backend);
      const release = await createRelease();
      const item = release.checklist.find(
        (i: any) => i.componentRef === 'component:default/payment-gateway',
      );
      let revision = release.revision;

      const bodies: object[] = [
        { state: 'done' },
        { state: 'done', revision: revision + 1 },
        {
          note: '  Checked with the payments team  ',
          evidenceUrl: 'https://ci.example.com/run/7',
        },
        { state: 'open', note: null, evidenceUrl: null },
        {
          state: 'not_applicable',
          note: 'Not this time',
          revision: revision + 4,
        },
        { state: 'not_applicable', note: 'Still not' },
      ];
      for (const body of bodies) {
        const { res, sql } = await tick(release.id, item.id, body);
        expect({ body, status: res.status }).toEqual({ body, status: 200 });
        // The statements themselves are shown when there are too many.
        expect({ body, sql: sql.length > TICK_STATEMENTS ? sql : [] }).toEqual({
          body,
          sql: [],
        });
        expect(sql.length).toBeLessThanOrEqual(TICK_STATEMENTS);
        expect(sql.some(s => /savepoint/i.test(s))).toBe(false);
        // The conditional revision bump is the first write: of the transaction, or of the one
        // statement on PostgreSQL, which needs no transaction around it.
        expect(sql.some(s => /^begin/i.test(s))).toBe(!onPostgres(backend));
        const bump = sql.map(s => s.match(BUMP)).find(Boolean);
        expect(bump).toBeTruthy();
        // Conditional exactly when the tick names the revision it read.
        expect(Boolean(bump![3])).toBe('revision' in body);

        const reloaded = await getRelease(release.id);
        revision += 1;
        expect(reloaded.revision).toBe(revision);
        expect(res.body).toEqual(
          reloaded.checklist.find((i: any) => i.id === item.id),
        );
      }

      const after = await getRelease(release.id);
      expect(after.checklist.find((i: any) => i.id === item.id)).toMatchObject({
        state: 'not_applicable',
        note: 'Still not',
        evidenceUrl: null,
        doneBy: 'user:default/mock',
      });
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity?limit=${bodies.length}`,
      );
      expect(
        activity.body.items.map((a: any) => [a.action, a.summary]).reverse(),
      ).toEqual([
        ['checklist.item_updated', `Marked "${item.title}" done`],
        ['checklist.item_updated', `Updated "${item.title}"`],
        ['checklist.item_updated', `Updated "${item.title}"`],
        ['checklist.item_updated', `Marked "${item.title}" open`],
        ['checklist.item_updated', `Marked "${item.title}" not applicable`],
        ['checklist.item_updated', `Updated "${item.title}"`],
      ]);
      expect(activity.body.items[2]).toMatchObject({
        before: {
          state: 'done',
          note: 'Checked with the payments team',
          evidenceUrl: 'https://ci.example.com/run/7',
        },
        after: { state: 'open', note: null, evidenceUrl: null },
      });
    });
  },
);

describeOnEachDatabase(
  'a refused tick',
  {
    entities: testCatalog(),
  },
  backend => {
    const api = backend.api;
    const { createRelease, getRelease, tick } = helpers(backend);

    it('answers a stale revision with a 409 naming both revisions, writing nothing', async () => {
      const release = await createRelease();
      const item = release.checklist[0];
      const { res, sql } = await tick(release.id, item.id, {
        state: 'done',
        revision: release.revision + 5,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toBe(
        `Release ${release.id} was changed by someone else: you sent revision ${
          release.revision + 5
        }, it is now at revision ${
          release.revision
        }. Reload it and apply your change again.`,
      );
      // The failed bump (with the writes sent beside it), the read of the current revision, and
      // the rollback of all of it; on PostgreSQL the one statement, refused whole, and the reads
      // that say why.
      expect(sql.length).toBeLessThanOrEqual(8);
      expect(sql.some(s => /^rollback/i.test(s))).toBe(!onPostgres(backend));
      expect(sql.some(s => /^commit/i.test(s))).toBe(false);
      expect(await getRelease(release.id)).toEqual(
        expect.objectContaining({
          revision: release.revision,
          checklist: release.checklist,
        }),
      );
    });

    it('answers an unknown release or item with a 404', async () => {
      const release = await createRelease();
      const unknownRelease = await api()
        .patch(
          `/api/releases/releases/no-such-release/checklist/${release.checklist[0].id}`,
        )
        .send({ state: 'done' });
      expect(unknownRelease.status).toBe(404);
      expect(unknownRelease.body.error.message).toMatch(/no-such-release/);
      const unknownItem = await api()
        .patch(`/api/releases/releases/${release.id}/checklist/no-such-item`)
        .send({ state: 'done' });
      expect(unknownItem.status).toBe(404);
      expect(unknownItem.body.error.message).toBe(
        `No checklist item no-such-item in release ${release.id}`,
      );
      expect((await getRelease(release.id)).revision).toBe(release.revision);
    });
  },
);
