import type { Knex } from 'knex';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import {
  createRelease,
  snapshot,
  validBody,
} from '../__testUtils__/releaseRequests';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';

/*
 * Input that passes the spec but must still be refused (issue 15, part 4): blank required text,
 * impossible timestamps, NUL characters. Each is a 400 whose message starts with the field, as the
 * frontend's forms read it, and nothing is stored.
 */

// Placeholders for the release and item each test creates.
const BASE = '/api/releases/releases/BASE';
const ITEM = 'ITEM';
const blank = ' \t  ';
const risk = { title: 'r', likelihood: 'low', impact: 'low' };

/** What the plugin stores, decisions, outcomes and freeze windows included. */
async function stored(knex: Knex) {
  const extra = [
    'freeze_windows',
    'release_decisions',
    'release_outcomes',
    'release_action_items',
  ];
  const rows = await Promise.all(extra.map(t => knex(t).select()));
  return { ...(await snapshot(knex)), extra: rows };
}

const REFUSED: Array<[string, string, object, string]> = [
  // Impossible timestamps.
  [
    'post',
    '/api/releases/releases',
    { ...validBody, windowStart: '2026-12-01T09:00:00+99:00' },
    'windowStart',
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, windowEnd: '2026-12-01T13:00:00-14:30' },
    'windowEnd',
  ],
  [
    'post',
    '/api/releases/releases',
    {
      ...validBody,
      windowStart: '0001-12-01T09:00:00Z',
      windowEnd: '0001-12-01T13:00:00Z',
    },
    'windowStart',
  ],
  [
    'patch',
    BASE,
    { revision: 1, windowEnd: '2026-12-01T13:00:00+14:01' },
    'windowEnd',
  ],
  // NUL characters, in whichever field.
  [
    'post',
    '/api/releases/releases',
    { ...validBody, title: 'Check\u0000out' },
    'title',
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, description: '\u0000' },
    'description',
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, risks: [{ ...risk, mitigation: 'a\u0000' }] },
    'risks',
  ],
  ['patch', `${BASE}/checklist/${ITEM}`, { note: '\u0000' }, 'note'],
  [
    'put',
    `${BASE}/outcome`,
    {
      result: 'success',
      releasedAt: '2026-12-01T10:00:00Z',
      lessonsLearned: 'x\u0000',
    },
    'lessonsLearned',
  ],
  // Blank required text.
  ['post', '/api/releases/releases', { ...validBody, title: blank }, 'title'],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, version: '  ' },
    'version',
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, risks: [risk, { ...risk, title: ' ' }] },
    'risks',
  ],
  ['patch', BASE, { revision: 1, title: blank }, 'title'],
  ['patch', BASE, { revision: 1, version: ' ' }, 'version'],
  ['patch', BASE, { revision: 1, risks: [{ ...risk, title: ' ' }] }, 'risks'],
  [
    'post',
    `${BASE}/checklist`,
    { title: blank, category: 'planning' },
    'title',
  ],
  [
    'post',
    `${BASE}/decisions`,
    { decision: 'go', rationale: blank },
    'rationale',
  ],
  [
    'put',
    `${BASE}/outcome`,
    {
      result: 'success',
      releasedAt: '2026-12-01T10:00:00Z',
      incidents: [{ title: blank }],
    },
    'incidents',
  ],
  [
    'put',
    `${BASE}/outcome`,
    {
      result: 'success',
      releasedAt: '2026-12-01T10:00:00Z',
      actionItems: [{ title: blank, carryForward: true }],
    },
    'actionItems',
  ],
  [
    'post',
    '/api/releases/freezes',
    {
      title: blank,
      reason: 'r',
      start: '2027-01-01T00:00:00Z',
      end: '2027-01-02T00:00:00Z',
    },
    'title',
  ],
];

describeOnEachDatabase(
  'input accepted by the spec but refused',
  { entities: testCatalog() },
  backend => {
    const api = backend.api;

    it('refuses each with a 400 naming the field, and stores nothing', async () => {
      const release = await createRelease(api, {
        ...validBody,
        stakeholders: [],
      });
      const base = `/api/releases/releases/${release.id}`;
      // The risk refresh after the creation writes its snapshot; the refused writes queue none.
      await backend.ctx().risk.idle();
      const before = await stored(backend.knex());
      const answers = [];
      for (const [method, template, body] of REFUSED) {
        const path = template
          .replace(BASE, base)
          .replace(ITEM, release.checklist[0].id);
        const res = await (api() as any)[method](path).send(body);
        answers.push({
          request: `${method} ${template} ${JSON.stringify(body)}`,
          status: res.status,
          message: res.body.error?.message,
        });
      }
      expect(answers).toEqual(
        REFUSED.map(([method, template, body, field]) => ({
          request: `${method} ${template} ${JSON.stringify(body)}`,
          status: 400,
          message: expect.stringMatching(new RegExp(`^${field}: `)),
        })),
      );
      expect(await stored(backend.knex())).toEqual(before);
    });

    it('takes statuses comma separated, as the spec says', async () => {
      const release = await createRelease(api, {
        ...validBody,
        stakeholders: [],
      });
      const res = await api().get(
        '/api/releases/releases?status=draft,planned',
      );
      expect(res.status).toBe(200);
      expect(res.body.items.map((r: any) => r.id)).toContain(release.id);
      const none = await api().get(
        '/api/releases/releases?status=planned,released',
      );
      expect(none.body.items.map((r: any) => r.id)).not.toContain(release.id);
    });

    it('refuses a NUL character in a query', async () => {
      const res = await api().get('/api/releases/releases?q=%00checkout');
      expect([res.status, res.body.error?.message]).toEqual([
        400,
        'q: must not contain NUL characters',
      ]);
    });

    it('refuses an outcome released in year 1 or before the release was planned', async () => {
      const release = await createRelease(api, {
        ...validBody,
        stakeholders: [],
      });
      const base = `/api/releases/releases/${release.id}`;
      await api().post(`${base}/transitions`).send({ to: 'planned' });
      const started = await api()
        .post(`${base}/transitions`)
        .send({ to: 'in_progress', override: true, reason: 'test' });
      expect(started.status).toBe(200);
      // The risk refresh after the creation writes its snapshot; the refused writes queue none.
      await backend.ctx().risk.idle();
      const before = await stored(backend.knex());
      const row = await backend
        .knex()('releases')
        .where({ id: release.id })
        .first();
      const plannedAt = new Date(Number(row.planned_at)).toISOString();
      const answers = [];
      for (const releasedAt of [
        '0001-01-01T00:00:00Z',
        new Date(Date.parse(plannedAt) - 60_000).toISOString(),
      ]) {
        const res = await api()
          .put(`${base}/outcome`)
          .send({ result: 'failed', releasedAt });
        answers.push([res.status, res.body.error?.message]);
      }
      expect(answers).toEqual([
        [400, 'releasedAt: year 1 is out of range (2000 to 2999)'],
        [
          400,
          `releasedAt: cannot be before the release was planned (${plannedAt})`,
        ],
      ]);
      expect(await stored(backend.knex())).toEqual(before);
      // Entered to the minute, as the form does: the minute of planning itself is accepted.
      const sameMinute = await api()
        .put(`${base}/outcome`)
        .send({
          result: 'failed',
          releasedAt: `${plannedAt.slice(0, 16)}:00Z`,
        });
      expect(sameMinute.status).toBe(200);
    });
  },
);
