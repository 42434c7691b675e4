import {
  describeShift,
  parseReleaseWindow,
  parseTimestamp,
  parseWindow,
} from './windows';

describe('parseTimestamp', () => {
  it('reads the form toISOString writes, and refuses a day that does not exist in it', () => {
    expect(parseTimestamp('2026-12-01T09:30:00.250Z', 'at')).toBe(
      Date.UTC(2026, 11, 1, 9, 30, 0, 250),
    );
    // Date.parse alone would roll these over into March and May.
    expect(() => parseTimestamp('2026-02-30T00:00:00.000Z', 'at')).toThrow(
      /^at: "2026-02-30T00:00:00.000Z" is not an ISO 8601 date-time/,
    );
    expect(() => parseTimestamp('2026-04-31T00:00:00.000Z', 'at')).toThrow(
      /^at:/,
    );
    // As long as that form but no date at all.
    expect(() => parseTimestamp('next tuesday after lunch', 'at')).toThrow(
      /^at:/,
    );
  });

  it('reads other ISO 8601 forms too', () => {
    expect(parseTimestamp('2026-12-01T09:30Z', 'at')).toBe(
      Date.UTC(2026, 11, 1, 9, 30),
    );
    expect(parseTimestamp('2026-12-01T10:30:00.000+01:00', 'at')).toBe(
      Date.UTC(2026, 11, 1, 9, 30),
    );
    expect(parseTimestamp('20261201T093000Z', 'at')).toBe(
      Date.UTC(2026, 11, 1, 9, 30),
    );
  });
});

describe('parseTimestamp bounds', () => {
  it('takes offsets from -14:00 to +14:00 and refuses any beyond', () => {
    expect(parseTimestamp('2026-12-01T23:30:00+14:00', 'at')).toBe(
      Date.UTC(2026, 11, 1, 9, 30),
    );
    expect(parseTimestamp('2026-12-01T00:00:00-14:00', 'at')).toBe(
      Date.UTC(2026, 11, 1, 14),
    );
    for (const offset of ['+14:01', '-14:30', '+99:00', '+0599']) {
      expect(() =>
        parseTimestamp(`2026-12-01T09:00:00${offset}`, 'at'),
      ).toThrow(/^at: .* is not a time-zone offset/);
    }
  });

  it('takes the years 2000 to 2999 only', () => {
    expect(parseTimestamp('2000-01-01T00:00:00Z', 'at')).toBe(
      Date.UTC(2000, 0, 1),
    );
    expect(parseTimestamp('2999-12-31T23:59:59Z', 'at')).toBe(
      Date.UTC(2999, 11, 31, 23, 59, 59),
    );
    expect(() => parseTimestamp('1999-12-31T23:59:59.000Z', 'at')).toThrow(
      'at: year 1999 is out of range (2000 to 2999)',
    );
    expect(() => parseTimestamp('0001-01-01T00:00:00Z', 'at')).toThrow(
      /^at: year 1 /,
    );
  });
});

describe('parseWindow', () => {
  it('reads ISO 8601 with any offset as UTC epoch ms', () => {
    expect(
      parseWindow('2026-12-01T10:00:00+01:00', '2026-12-01T12:00:00Z'),
    ).toEqual({
      start: Date.UTC(2026, 11, 1, 9),
      end: Date.UTC(2026, 11, 1, 12),
    });
  });

  it('names the field that is wrong', () => {
    expect(() => parseWindow('soon', '2026-12-01T12:00:00Z')).toThrow(
      /^windowStart:/,
    );
    expect(() =>
      parseWindow('2026-12-01T12:00:00Z', '2026-12-01T12:00:00Z'),
    ).toThrow(/^windowEnd:/);
  });
});

describe('parseReleaseWindow', () => {
  it('accepts a window of exactly 90 days and refuses a longer one', () => {
    const start = '2026-12-01T00:00:00Z';
    expect(parseReleaseWindow(start, '2027-03-01T00:00:00Z')).toEqual({
      start: Date.UTC(2026, 11, 1),
      end: Date.UTC(2027, 2, 1),
    });
    expect(() => parseReleaseWindow(start, '2027-03-01T00:00:01Z')).toThrow(
      /^windowEnd: a release window can last at most 90 days/,
    );
  });
});

describe('describeShift', () => {
  it('says how far and which way a time moved', () => {
    const t = Date.UTC(2026, 11, 1);
    expect(describeShift(t, t + 26 * 3_600_000)).toBe('1 day 2 hours later');
    expect(describeShift(t, t - 30 * 60_000)).toBe('30 minutes earlier');
    expect(describeShift(t, t)).toBe('unchanged');
  });
});
