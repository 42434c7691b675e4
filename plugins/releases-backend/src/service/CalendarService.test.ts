import {
  calendarConfig as config,
  calendarEntities as entities,
  windowRelease,
} from '../__testUtils__/calendarFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';

const december = {
  from: '2026-12-01T00:00:00Z',
  to: '2027-01-01T00:00:00Z',
};

describeOnEachDatabase(
  'the calendar',
  {
    entities,
    config,
    per: 'test',
  },
  backend => {
    const api = backend.api;

    it('shows releases overlapping the range: starting before it, spanning it, inside it; not outside', async () => {
      const before = await windowRelease(
        api,
        'Starts before',
        'cart',
        '2026-11-30T20:00:00Z',
        '2026-12-01T02:00:00Z',
      );
      const spans = await windowRelease(
        api,
        'Spans',
        'ledger',
        '2026-11-15T00:00:00Z',
        '2027-01-15T00:00:00Z',
        'group:default/payments-team',
      );
      const inside = await windowRelease(
        api,
        'Inside',
        'web',
        '2026-12-10T09:00:00Z',
        '2026-12-10T12:00:00Z',
      );
      await windowRelease(
        api,
        'Ends as it starts',
        'cart',
        '2026-11-30T00:00:00Z',
        '2026-12-01T00:00:00Z',
      );
      await windowRelease(
        api,
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
        'risk',
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
  },
);

describeOnEachDatabase(
  'the calendar with freezes and conflicts',
  {
    entities,
    config,
    per: 'test',
  },
  backend => {
    const api = backend.api;

    it('expands recurring freezes in the range and marks conflicts', async () => {
      await api().post('/api/releases/freezes').send({
        title: 'Fridays',
        reason: 'Weekend cover',
        start: '2026-11-06T12:00:00Z',
        end: '2026-11-07T00:00:00Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=FR',
      });
      const a = await windowRelease(
        api,
        'A',
        'cart',
        '2026-12-04T13:00:00Z',
        '2026-12-04T15:00:00Z',
      );
      const b = await windowRelease(
        api,
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
  },
);
