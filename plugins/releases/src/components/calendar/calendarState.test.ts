import { DateTime } from 'luxon';
import {
  calendarStateFrom,
  navigateDate,
  rangeLabel,
  searchParamsOf,
  visibleRange,
} from './calendarState';

const today = DateTime.fromISO('2026-11-28T10:00:00Z');

describe('calendarState', () => {
  it('reads every field back from the URL it writes', () => {
    const state = {
      view: 'timeline' as const,
      date: '2026-12-01',
      groupBy: 'system' as const,
      owner: 'group:default/web-team',
      system: 'system:default/storefront',
      component: 'component:default/cart-service',
      statuses: ['planned' as const, 'in_progress' as const],
      mine: true,
    };
    const params = searchParamsOf(state);
    expect(params.toString()).toBe(
      'view=timeline&date=2026-12-01&groupBy=system&owner=group%3Adefault%2Fweb-team&system=system%3Adefault%2Fstorefront&component=component%3Adefault%2Fcart-service&status=planned%2Cin_progress&mine=true',
    );
    expect(calendarStateFrom(params, today)).toEqual(state);
  });

  it('falls back to this month, all statuses and everyone for missing or unreadable values', () => {
    expect(
      calendarStateFrom(
        new URLSearchParams('view=year&date=soon&status=shipped,planned'),
        today,
      ),
    ).toEqual({
      view: 'month',
      date: '2026-11-28',
      groupBy: 'team',
      owner: undefined,
      system: undefined,
      component: undefined,
      statuses: ['planned'],
      mine: false,
    });
  });

  it('covers whole Monday-to-Sunday weeks in the month view, one week and one month otherwise', () => {
    const iso = (range: { start: DateTime; end: DateTime }) => [
      range.start.toISODate(),
      range.end.toISODate(),
    ];
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(iso(visibleRange('month', '2027-02-14'))).toEqual([
      '2027-02-01',
      '2027-03-01',
    ]);
    expect(iso(visibleRange('month', '2026-12-31'))).toEqual([
      '2026-11-30',
      '2027-01-04',
    ]);
    expect(iso(visibleRange('week', '2026-12-06'))).toEqual([
      '2026-11-30',
      '2026-12-07',
    ]);
    expect(iso(visibleRange('timeline', '2026-12-31'))).toEqual([
      '2026-12-01',
      '2027-01-01',
    ]);
  });

  it('steps a month from the 31st without skipping one, a week by seven days, and back to today', () => {
    expect(navigateDate('month', '2027-01-31', 'next')).toBe('2027-02-01');
    expect(navigateDate('timeline', '2027-03-31', 'previous')).toBe(
      '2027-02-01',
    );
    expect(navigateDate('week', '2026-12-31', 'next')).toBe('2027-01-07');
    expect(navigateDate('week', '2026-12-31', 'today', today)).toBe(
      '2026-11-28',
    );
  });

  it('names the shown range', () => {
    expect(rangeLabel('month', '2026-12-10')).toBe('December 2026');
    expect(rangeLabel('week', '2026-12-31')).toBe('28 Dec – 3 Jan 2027');
  });
});
