import { assertValidWindow, windowToSend } from './releaseWindow';

describe('windowToSend', () => {
  it('ends the window at windowEnd, or after the duration', () => {
    expect(
      windowToSend({
        windowStart: '2027-03-01T09:00:00+01:00',
        windowEnd: '2027-03-01T12:00:00+01:00',
      }),
    ).toEqual({
      windowStart: '2027-03-01T09:00:00+01:00',
      windowEnd: '2027-03-01T12:00:00+01:00',
    });
    expect(
      windowToSend({
        windowStart: '2027-03-01T09:00:00+01:00',
        duration: { days: 1, hours: 2, minutes: 30 },
      }),
    ).toEqual({
      windowStart: '2027-03-01T09:00:00+01:00',
      windowEnd: '2027-03-02T10:30:00.000Z',
    });
  });

  it('needs exactly one of windowEnd and duration, and a duration from a valid start', () => {
    const windowStart = '2027-03-01T09:00:00Z';
    expect(() =>
      windowToSend({
        windowStart,
        windowEnd: '2027-03-01T10:00:00Z',
        duration: { hours: 1 },
      }),
    ).toThrow('windowEnd, duration: give one of them, not both');
    expect(() => windowToSend({ windowStart })).toThrow(
      'windowEnd, duration: give one of them, to say when the window ends',
    );
    expect(() => windowToSend({ windowStart, duration: {} })).toThrow(
      'duration: must be longer than nothing',
    );
    expect(() =>
      windowToSend({ windowStart: '2027-03-01 09:00', duration: { hours: 1 } }),
    ).toThrow(
      'windowStart: "2027-03-01 09:00" is not an ISO 8601 date-time with an offset',
    );
  });
});

describe('assertValidWindow', () => {
  it('takes a window that ends after it starts, within 90 days', () => {
    expect(() =>
      assertValidWindow({
        windowStart: '2027-03-01T09:00:00Z',
        windowEnd: '2027-05-30T09:00:00Z',
      }),
    ).not.toThrow();
  });

  it('refuses what the API refuses, in its words', () => {
    expect(() =>
      assertValidWindow({
        windowStart: '2027-03-01T09:00:00Z',
        windowEnd: '2027-03-01T09:00:00Z',
      }),
    ).toThrow('windowEnd: must be after windowStart');
    expect(() =>
      assertValidWindow({
        windowStart: '2027-03-01T09:00:00Z',
        windowEnd: '2027-05-30T09:00:01Z',
      }),
    ).toThrow('windowEnd: a release window can last at most 90 days');
    expect(() =>
      assertValidWindow({
        windowStart: '2027-03-01T09:00:00Z',
        windowEnd: '2027-03-01T10:00:00',
      }),
    ).toThrow('windowEnd: "2027-03-01T10:00:00" is not an ISO 8601 date-time');
  });
});
