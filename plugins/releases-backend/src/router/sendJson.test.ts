import express from 'express';
import request from 'supertest';
import { jsonBuffers, sendLargeJson } from './sendJson';

/**
 * An answer of the calendar's shape, large enough for several slices: about 155 KB, above the
 * 128 KB where V8 allocates strings apart.
 */
const largeAnswer = {
  from: '2026-12-01T00:00:00.000Z',
  to: '2027-01-01T00:00:00.000Z',
  releases: Array.from({ length: 400 }, (_, i) => ({
    id: `release-${i}`,
    title: `Release "${i}" — ünïcode ✓`,
    components: [`component:default/svc-${i}`],
    readiness: { ready: i % 2 === 0, percent: i % 101 },
    windowStart: new Date(Date.UTC(2026, 11, 1 + (i % 31))),
    notes: i % 3 === 0 ? undefined : 'x'.repeat(300),
  })),
  freezes: [],
  conflicts: [{ kind: 'freeze', releaseIds: ['release-1'] }],
  truncated: false,
};

describe('jsonBuffers', () => {
  it.each([
    ['an empty object', {}],
    ['only skipped fields', { a: undefined, b: () => 1 }],
    [
      'scalars and nesting',
      { a: 1, b: 'two', c: null, d: { e: [1, { f: 2 }] } },
    ],
    ['empty arrays', { a: [], b: [[]] }],
    [
      'array elements JSON cannot hold',
      { a: [undefined, () => 1, Symbol('s'), 1] },
    ],
    ['dates, inside arrays and out', { at: new Date(0), all: [new Date(1)] }],
    ['a large answer', largeAnswer],
  ])('joins to exactly JSON.stringify for %s', (_, value) => {
    expect(Buffer.concat(jsonBuffers(value)).toString('utf8')).toBe(
      JSON.stringify(value),
    );
  });

  it('keeps every buffer far below the size of the whole', () => {
    const buffers = jsonBuffers(largeAnswer);
    const whole = Buffer.byteLength(JSON.stringify(largeAnswer));
    expect(whole).toBeGreaterThan(140_000);
    expect(buffers.length).toBeGreaterThan(4);
    // Slices are sized for about 32 KB from the elements before them; these are all alike.
    for (const buffer of buffers) expect(buffer.length).toBeLessThan(40_000);
  });

  it('sizes slices after their elements', () => {
    const huge = {
      items: Array.from({ length: 20 }, () => 'y'.repeat(50_000)),
    };
    const hugeBuffers = jsonBuffers(huge);
    expect(Buffer.concat(hugeBuffers).toString('utf8')).toBe(
      JSON.stringify(huge),
    );
    // The key, a first slice of eight, then each of the twelve left on its own, the closing brace.
    expect(hugeBuffers.length).toBe(15);

    const many = {
      items: Array.from({ length: 200 }, () => 'y'.repeat(2_000)),
    };
    const manyBuffers = jsonBuffers(many);
    expect(Buffer.concat(manyBuffers).toString('utf8')).toBe(
      JSON.stringify(many),
    );
    // Eight elements first, then about sixteen (32 KB) a slice.
    expect(manyBuffers.length).toBeGreaterThan(12);
    for (const buffer of manyBuffers)
      expect(buffer.length).toBeLessThan(40_000);
  });
});

describe('sendLargeJson', () => {
  const app = express();
  app.get('/json', (_req, res) => {
    res.json(largeAnswer);
  });
  app.get('/sliced', (_req, res) => sendLargeJson(res, largeAnswer));

  it('answers the same bytes and headers as res.json', async () => {
    const [expected, actual] = await Promise.all([
      request(app).get('/json'),
      request(app).get('/sliced'),
    ]);
    expect(actual.status).toBe(200);
    expect(actual.text).toBe(expected.text);
    expect(actual.body.releases).toHaveLength(400);
    for (const header of ['content-type', 'content-length', 'etag']) {
      expect(actual.headers[header]).toBe(expected.headers[header]);
    }
  });

  it('answers 304 without a body to a request that already has this version', async () => {
    const first = await request(app).get('/sliced');
    const again = await request(app)
      .get('/sliced')
      .set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');

    const stale = await request(app)
      .get('/sliced')
      .set('If-None-Match', 'W/"1-stale"');
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(first.text);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(app).head('/sliced');
    expect(res.status).toBe(200);
    expect(Number(res.headers['content-length'])).toBe(
      Buffer.byteLength(JSON.stringify(largeAnswer)),
    );
    expect(res.text).toBeUndefined();
  });
});
