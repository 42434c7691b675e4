import { isoFromEpochMs } from './isoTime';

describe('isoFromEpochMs', () => {
  it('writes what toISOString writes, across centuries and at day boundaries', () => {
    const samples = [
      0,
      -1,
      1,
      86_399_999,
      86_400_000,
      -86_400_000,
      -86_400_001,
      Date.UTC(1000, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(2024, 1, 29, 12, 0, 0, 5),
      Date.UTC(1969, 11, 31, 23, 59, 59, 990),
    ];
    // Seeded so that a failure can be replayed: a linear congruential walk over years 1000–9999.
    let state = 42;
    for (let i = 0; i < 5000; i++) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      samples.push(
        Date.UTC(1000, 0, 1) +
          Math.floor(
            (state / 2 ** 31) * (Date.UTC(10000, 0, 1) - Date.UTC(1000, 0, 1)),
          ),
      );
    }
    for (const ms of samples) {
      expect(isoFromEpochMs(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('leaves years outside 1000–9999 and fractions of a millisecond to toISOString', () => {
    for (const ms of [
      Date.UTC(999, 11, 31, 23, 59, 59, 999),
      Date.UTC(10000, 0, 1),
      -62_198_755_200_000,
      8.64e15,
      1_700_000_000_000.7,
    ]) {
      expect(isoFromEpochMs(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('refuses an invalid time as toISOString does', () => {
    expect(() => isoFromEpochMs(Number.NaN)).toThrow(RangeError);
  });
});
