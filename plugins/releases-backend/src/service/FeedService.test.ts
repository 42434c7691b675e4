import { mockCredentials } from '@backstage/backend-test-utils';
import ical from 'node-ical';
import {
  calendarConfig as config,
  calendarEntities as entities,
  windowRelease,
} from '../__testUtils__/calendarFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';

describeOnEachDatabase(
  'personal calendar feeds',
  {
    entities,
    config,
    per: 'test',
  },
  backend => {
    const api = backend.api;

    it('serves a personal feed as iCalendar without a Backstage token; events follow the releases', async () => {
      // Whole seconds: iCalendar has no milliseconds.
      const soon = new Date(
        Math.floor(Date.now() / 1000) * 1000 + 7 * 86_400_000,
      );
      const at = (hours: number) =>
        new Date(soon.getTime() + hours * 3_600_000).toISOString();
      const kept = await windowRelease(api, 'Cart', 'cart', at(0), at(2));
      const dropped = await windowRelease(api, 'Web', 'web', at(3), at(4));
      await api()
        .post(`/api/releases/releases/${dropped.id}/transitions`)
        .send({ to: 'cancelled' });
      await windowRelease(
        api,
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
  },
);

describeOnEachDatabase(
  'feeds without a token, and with freezes',
  {
    entities,
    config,
    per: 'test',
  },
  backend => {
    const api = backend.api;

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
