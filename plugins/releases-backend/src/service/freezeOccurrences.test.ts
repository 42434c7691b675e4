import { freezeOccurrences, RecurrenceCache } from './freezeOccurrences';

describe('freezeOccurrences', () => {
  const weekly = {
    id: 'f',
    title: 'Friday freeze',
    reason: 'No Friday deploys',
    // Friday 2027-03-05, 12:00 to Monday 06:00 UTC.
    start: '2027-03-05T12:00:00.000Z',
    end: '2027-03-08T06:00:00.000Z',
    recurrence: 'FREQ=WEEKLY;BYDAY=FR',
    entityRefs: [],
    source: 'api' as const,
    revision: 1,
    createdBy: null,
  };

  it('expands a recurring freeze into occurrences of the first one’s length', () => {
    const from = Date.parse('2027-03-10T00:00:00Z');
    const to = Date.parse('2027-03-24T00:00:00Z');
    expect(
      freezeOccurrences(weekly, from, to).map(o => [o.start, o.end]),
    ).toEqual([
      ['2027-03-12T12:00:00.000Z', '2027-03-15T06:00:00.000Z'],
      ['2027-03-19T12:00:00.000Z', '2027-03-22T06:00:00.000Z'],
    ]);
  });

  it('includes an occurrence that started before the range and is still running', () => {
    const at = Date.parse('2027-03-14T00:00:00Z');
    expect(freezeOccurrences(weekly, at, at + 1).map(o => o.start)).toEqual([
      '2027-03-12T12:00:00.000Z',
    ]);
  });

  it('expands across a year boundary from a kept cache, and expands a changed rule anew', () => {
    const cache = new RecurrenceCache();
    const from = Date.parse('2027-12-20T00:00:00Z');
    const to = Date.parse('2028-01-10T00:00:00Z');
    const fridays = [
      '2027-12-17T12:00:00.000Z',
      '2027-12-24T12:00:00.000Z',
      '2027-12-31T12:00:00.000Z',
      '2028-01-07T12:00:00.000Z',
    ];
    for (let call = 0; call < 2; call++) {
      expect(
        freezeOccurrences(weekly, from, to, cache).map(o => o.start),
      ).toEqual(fridays);
    }
    const mondays = {
      ...weekly,
      revision: 2,
      recurrence: 'FREQ=WEEKLY;BYDAY=MO',
    };
    expect(
      freezeOccurrences(mondays, from, to, cache).map(o => o.start),
    ).toEqual([
      '2027-12-20T12:00:00.000Z',
      '2027-12-27T12:00:00.000Z',
      '2028-01-03T12:00:00.000Z',
    ]);
  });

  it('answers one-off windows by overlap only', () => {
    const oneOff = { ...weekly, recurrence: null };
    expect(
      freezeOccurrences(
        oneOff,
        Date.parse('2027-03-08T06:00:00Z'),
        Date.parse('2027-03-09T00:00:00Z'),
      ),
    ).toEqual([]);
    expect(
      freezeOccurrences(
        oneOff,
        Date.parse('2027-03-06T00:00:00Z'),
        Date.parse('2027-03-06T01:00:00Z'),
      ),
    ).toHaveLength(1);
  });
});
