import { figuresOf, percentile, Samples } from './latencies';

describe('percentile', () => {
  it('is the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('figuresOf', () => {
  it('times answered requests only and leaves the kill out of the errors', () => {
    const f = figuresOf(
      [
        { at: 0, ms: 10, error: false },
        { at: 0, ms: 30, error: false },
        { at: 0, ms: 0, error: true },
        { at: 0, ms: 0, error: true, cutByKill: true },
      ],
      2,
    );
    expect(f).toEqual({
      requests: 4,
      errors: 1,
      throughput: 2,
      p50: 10,
      p95: 30,
      p99: 30,
    });
  });
});

describe('Samples', () => {
  it('keeps the errors of each replica apart', () => {
    const samples = new Samples();
    samples.add('tick', 'a', { at: 0, ms: 5, error: false });
    samples.add('tick', 'b', { at: 0, ms: 0, error: true, cutByKill: true });
    samples.add('release', 'b', { at: 0, ms: 0, error: true });
    expect(samples.errorsOn('a')).toBe(0);
    expect(samples.errorsOn('b')).toBe(1);
    expect(samples.cutByKill()).toBe(1);
    expect(samples.of('tick')).toHaveLength(2);
    expect(samples.operations().sort()).toEqual(['release', 'tick']);
  });
});
