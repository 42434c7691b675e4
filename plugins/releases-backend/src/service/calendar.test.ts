import { mockCredentials } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import ical from 'node-ical';
import request from 'supertest';
import { graphCatalog } from '../__testUtils__/graphCatalog';
import {
  type ReleasesTestBackend,
  startReleasesBackend,
} from '../__testUtils__/startReleasesBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const entities = graphCatalog({
  cart: { owner: 'checkout-team', system: 'shop' },
  web: { owner: 'checkout-team', system: 'shop' },
  ledger: { owner: 'payments-team', system: 'money' },
});
const config = { app: { baseUrl: 'https://portal.example.com' } };

describe.each(databases.eachSupportedId())(
  'calendar and feeds on %s',
  databaseId => {
    let knex: Knex;
    let ctx: ReleasesTestBackend;
    const api = () => request(ctx.server);

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      ctx = await startReleasesBackend({ knex, entities, config });
    });

    afterEach(async () => {
      await ctx.backend.stop();
      await knex.destroy();
    });

    async function release(
      title: string,
      component: string,
      windowStart: string,
      windowEnd: string,
      owner = 'group:default/checkout-team',
    ) {
      const res = await api()
        .post('/api/releases/releases')
        .send({
          title,
          version: '1.0',
          windowStart,
          windowEnd,
          owner,
          components: [`component:default/${component}`],
        });
      expect(res.status).toBe(201);
      return res.body;
    }

    const december = {
      from: '2026-12-01T00:00:00Z',
      to: '2027-01-01T00:00:00Z',
    };

    it('shows releases overlapping the range: starting before it, spanning it, inside it; not outside', async () => {
      const before = await release(
        'Starts before',
        'cart',
        '2026-11-30T20:00:00Z',
        '2026-12-01T02:00:00Z',
      );
      const spans = await release(
        'Spans',
        'ledger',
        '2026-11-15T00:00:00Z',
        '2027-01-15T00:00:00Z',
        'group:default/payments-team',
      );
      const inside = await release(
        'Inside',
        'web',
        '2026-12-10T09:00:00Z',
        '2026-12-10T12:00:00Z',
      );
      await release(
        'Ends as it starts',
        'cart',
        '2026-11-30T00:00:00Z',
        '2026-12-01T00:00:00Z',
      );
      await release(
        'Next year',
        'cart',
        '2027-01-01T00:00:00Z',
        '2027-01-01T04:00:00Z',
      );

      const res = await api().get('/api/releases/calendar').query(december);
      expect(res.status).toBe(200);
      expect(res.body.releases.map((r: any) => r.id).sort()).toEqual(
        [before.id, spans.id, inside.id].sort(),
      );
      expect(res.body.truncated).toBe(false);
      // The calendar carries summaries without template and authorship (CalendarRelease).
      expect(Object.keys(res.body.releases[0]).sort()).toEqual([
        'components',
        'id',
        'owner',
        'readiness',
        'revision',
        'status',
        'title',
        'updatedAt',
        'version',
        'windowEnd',
        'windowStart',
      ]);

      const byOwner = await api()
        .get('/api/releases/calendar')
        .query({ ...december, owner: 'group:default/payments-team' });
      expect(byOwner.body.releases.map((r: any) => r.title)).toEqual(['Spans']);
      const bySystem = await api()
        .get('/api/releases/calendar')
        .query({ ...december, entityRef: 'system:default/shop' });
      expect(bySystem.body.releases.map((r: any) => r.title).sort()).toEqual([
        'Inside',
        'Starts before',
      ]);

      const backwards = await api()
        .get('/api/releases/calendar')
        .query({ from: december.to, to: december.from });
      expect(backwards.status).toBe(400);
    });

    it('expands recurring freezes in the range and marks conflicts', async () => {
      await api().post('/api/releases/freezes').send({
        title: 'Fridays',
        reason: 'Weekend cover',
        start: '2026-11-06T12:00:00Z',
        end: '2026-11-07T00:00:00Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=FR',
      });
      const a = await release(
        'A',
        'cart',
        '2026-12-04T13:00:00Z',
        '2026-12-04T15:00:00Z',
      );
      const b = await release(
        'B',
        'cart',
        '2026-12-04T14:00:00Z',
        '2026-12-04T16:00:00Z',
      );
      for (const r of [a, b]) {
        await api()
          .post(`/api/releases/releases/${r.id}/transitions`)
          .send({ to: 'planned', override: true, reason: 'Demo' });
      }
      const res = await api().get('/api/releases/calendar').query(december);
      expect(res.body.freezes.map((f: any) => f.start)).toEqual([
        '2026-12-04T12:00:00.000Z',
        '2026-12-11T12:00:00.000Z',
        '2026-12-18T12:00:00.000Z',
        '2026-12-25T12:00:00.000Z',
      ]);
      expect(res.body.conflicts.map((c: any) => c.kind).sort()).toEqual([
        'freeze',
        'freeze',
        'owner_overlap',
        'same_component',
      ]);
    });

    it('serves a personal feed as iCalendar without a Backstage token; events follow the releases', async () => {
      // Whole seconds: iCalendar has no milliseconds.
      const soon = new Date(
        Math.floor(Date.now() / 1000) * 1000 + 7 * 86_400_000,
      );
      const at = (hours: number) =>
        new Date(soon.getTime() + hours * 3_600_000).toISOString();
      const kept = await release('Cart', 'cart', at(0), at(2));
      const dropped = await release('Web', 'web', at(3), at(4));
      await api()
        .post(`/api/releases/releases/${dropped.id}/transitions`)
        .send({ to: 'cancelled' });
      await release(
        'Ledger',
        'ledger',
        at(0),
        at(1),
        'group:default/payments-team',
      );

      const created = await api()
        .post('/api/releases/feeds')
        .send({ owner: 'group:default/checkout-team', includeFreezes: false });
      expect(created.status).toBe(201);
      const url = new URL(created.body.url);
      expect(url.pathname).toMatch(
        /^\/api\/releases\/feeds\/[A-Za-z0-9_-]{43}\/calendar\.ics$/,
      );

      const fetchFeed = () =>
        api()
          .get(url.pathname)
          .set('Authorization', '')
          .buffer(true)
          .parse((res, cb) => {
            let text = '';
            res.on('data', chunk => (text += chunk));
            res.on('end', () => cb(null, text));
          });
      const first = await fetchFeed();
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/^text\/calendar/);
      const events = Object.values(ical.sync.parseICS(first.body)).filter(
        (c: any) => c.type === 'VEVENT',
      ) as any[];
      expect(events.map(e => e.summary).sort()).toEqual([
        'Cart 1.0',
        'Web 1.0',
      ]);
      const cart = events.find(e => e.summary === 'Cart 1.0');
      expect(cart.uid).toBe(`release-${kept.id}@releases.backstage`);
      expect(new Date(cart.start).toISOString()).toBe(kept.windowStart);
      expect(new Date(cart.end).toISOString()).toBe(kept.windowEnd);
      expect(Number(cart.sequence)).toBe(1);
      expect(cart.url.val ?? cart.url).toBe(
        `https://portal.example.com/releases/${kept.id}`,
      );
      expect(cart.description).toContain('Readiness: 0%');
      expect(events.find(e => e.summary === 'Web 1.0').status).toBe(
        'CANCELLED',
      );

      await api()
        .patch(`/api/releases/releases/${kept.id}`)
        .send({ revision: 1, title: 'Cart express' });
      const second = await fetchFeed();
      const updated = (
        Object.values(ical.sync.parseICS(second.body)) as any[]
      ).find(e => e.uid === `release-${kept.id}@releases.backstage`);
      expect(updated.summary).toBe('Cart express 1.0');
      expect(Number(updated.sequence)).toBe(2);

      // Only its owner can revoke it; then the URL stops working.
      const stranger = await api()
        .delete(`/api/releases/feeds/${created.body.id}`)
        .set('Authorization', mockCredentials.user.header('user:default/bob'));
      expect(stranger.status).toBe(404);
      expect(
        (await api().get('/api/releases/feeds')).body.items.map(
          (f: any) => f.id,
        ),
      ).toEqual([created.body.id]);
      expect(
        (await api().delete(`/api/releases/feeds/${created.body.id}`)).status,
      ).toBe(204);
      expect((await fetchFeed()).status).toBe(404);
      expect(
        (await api().get(`/api/releases/feeds/${'x'.repeat(43)}/calendar.ics`))
          .status,
      ).toBe(404);
    });

    it('refuses to create or list feeds without a Backstage token', async () => {
      const res = await api()
        .post('/api/releases/feeds')
        .set('Authorization', mockCredentials.user.invalidHeader())
        .send({});
      expect(res.status).toBe(401);
    });

    it('includes freezes as events when asked', async () => {
      const start = new Date(Date.now() + 3 * 86_400_000).toISOString();
      const end = new Date(Date.now() + 4 * 86_400_000).toISOString();
      await api()
        .post('/api/releases/freezes')
        .send({ title: 'Peak', reason: 'Sale', start, end });
      const created = await api().post('/api/releases/feeds').send({});
      const res = await api()
        .get(new URL(created.body.url).pathname)
        .buffer(true)
        .parse((r, cb) => {
          let text = '';
          r.on('data', c => (text += c));
          r.on('end', () => cb(null, text));
        });
      const events = Object.values(ical.sync.parseICS(res.body)).filter(
        (c: any) => c.type === 'VEVENT',
      ) as any[];
      expect(events.map(e => e.summary)).toEqual(['Freeze: Peak']);
      expect(events[0].description).toContain('the whole organisation');
    });
  },
);
