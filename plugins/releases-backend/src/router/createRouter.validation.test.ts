import { testCatalog } from '../__testUtils__/catalogFixtures';
import { graphCatalog } from '../__testUtils__/graphCatalog';
import {
  createRelease,
  snapshot,
  validBody,
} from '../__testUtils__/releaseRequests';
import {
  describeOnEachDatabase,
  describeOnSqlite,
} from '../__testUtils__/describeWithBackend';

/*
 * Bad requests: the request validator's own messages (pinned, so that the spec's layout can change
 * without changing them), and every malformed write answered with a 4xx naming the field, writing
 * nothing, on every database.
 */

// Placeholders for the release and item each test creates.
const BASE = '/api/releases/releases/BASE';
const ITEM = 'ITEM';
const long = 'x'.repeat(201);

const VALIDATOR_MESSAGES: Array<[string, string, object | undefined, string]> =
  [
    [
      'post',
      `${BASE}/transitions`,
      { to: 'shipped' },
      'request/body/to must be equal to one of the allowed values: draft, planned, in_progress, released, rolled_back, cancelled',
    ],
    [
      'post',
      `${BASE}/transitions`,
      { to: 'planned', extra: 1 },
      'request/body must NOT have additional properties',
    ],
    [
      'post',
      `${BASE}/components`,
      { components: [] },
      'request/body/components must NOT have fewer than 1 items',
    ],
    [
      'post',
      `${BASE}/checklist`,
      { title: 'x', category: 'planning', componentRef: 'nope' },
      'request/body/componentRef must match pattern "^[A-Za-z0-9_.-]+:([A-Za-z0-9_.-]+/)?[A-Za-z0-9_.-]+$", request/body/componentRef must be null, request/body/componentRef must match exactly one schema in oneOf',
    ],
    [
      'patch',
      `${BASE}/checklist/${ITEM}`,
      { evidenceUrl: 'ftp://x' },
      'request/body/evidenceUrl must match pattern "^https?://", request/body/evidenceUrl must be null, request/body/evidenceUrl must match exactly one schema in oneOf',
    ],
    [
      'post',
      `${BASE}/decisions`,
      { decision: 'maybe', rationale: 'x' },
      'request/body/decision must be equal to one of the allowed values: go, no_go',
    ],
    [
      'put',
      `${BASE}/outcome`,
      { result: 'success' },
      "request/body must have required property 'releasedAt'",
    ],
    [
      'post',
      '/api/releases/feeds',
      { includeFreezes: 'yes' },
      'request/body/includeFreezes must be boolean',
    ],
    [
      'get',
      '/api/releases/releases?limit=0',
      undefined,
      'request/query/limit must be >= 1',
    ],
    [
      'get',
      `${BASE}/activity?limit=501`,
      undefined,
      'request/query/limit must be <= 500',
    ],
    [
      'get',
      '/api/releases/freezes/active',
      undefined,
      "request/query must have required property 'entityRef'",
    ],
    [
      'get',
      '/api/releases/calendar?from=2027-01-01T00:00:00Z',
      undefined,
      "request/query must have required property 'to'",
    ],
    [
      'get',
      '/api/releases/releases?unknown=1',
      undefined,
      "Unknown query parameter 'unknown'",
    ],
    [
      'get',
      '/api/releases/feeds/short/calendar.ics',
      undefined,
      'request/params/token must NOT have fewer than 20 characters',
    ],
  ];

const MALFORMED_WRITES: Array<[string, string, unknown, RegExp]> = [
  ['post', '/api/releases/releases', {}, /title|required/],
  ['post', '/api/releases/releases', { ...validBody, title: 42 }, /title/],
  ['post', '/api/releases/releases', { ...validBody, title: long }, /title/],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, unknownField: 1 },
    /unknownField|additional/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, owner: 'not a ref' },
    /owner/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, owner: 'component:default/checkout-service' },
    /owner/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, components: ['nope'] },
    /components/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, components: 'component:default/x' },
    /components/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, windowStart: 'tomorrow' },
    /windowStart/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, windowEnd: '2026-11-30T09:00:00Z' },
    /windowEnd/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, windowEnd: '2027-06-01T13:00:00Z' },
    /windowEnd: a release window can last at most 90 days/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, templateId: 'unknown' },
    /templateId/,
  ],
  [
    'post',
    '/api/releases/releases',
    {
      ...validBody,
      risks: [{ title: 'r', likelihood: 'huge', impact: 'low' }],
    },
    /likelihood/,
  ],
  [
    'post',
    '/api/releases/releases',
    { ...validBody, stakeholders: ['user:default/nobody'] },
    /nobody/,
  ],
  [
    'post',
    '/api/releases/releases',
    {
      ...validBody,
      components: [validBody.components[0], validBody.components[0]],
    },
    /more than once/,
  ],
  ['patch', BASE, { title: 'No revision' }, /revision/],
  ['patch', BASE, { revision: '1', title: 'x' }, /revision/],
  [
    'patch',
    BASE,
    { revision: 1, windowEnd: '2020-01-01T00:00:00Z' },
    /windowEnd/,
  ],
  [
    'patch',
    BASE,
    { revision: 1, windowEnd: '2027-12-01T00:00:00Z' },
    /at most 90 days/,
  ],
  ['patch', BASE, { revision: 1, version: '' }, /version/],
  [
    'patch',
    '/api/releases/releases/unknown-id',
    { revision: 1, title: 'x' },
    /unknown-id/,
  ],
  ['delete', '/api/releases/releases/unknown-id', undefined, /unknown-id/],
  ['post', `${BASE}/transitions`, { to: 'shipped' }, /to/],
  ['post', `${BASE}/transitions`, {}, /to/],
  ['post', `${BASE}/transitions`, { to: 'planned', reason: '' }, /reason/],
  ['post', `${BASE}/components`, { components: [] }, /components/],
  [
    'post',
    `${BASE}/components`,
    { components: ['component:default/ghost'] },
    /ghost/,
  ],
  [
    'post',
    `${BASE}/components`,
    { components: ['component:default/checkout-service'] },
    /Already/,
  ],
  [
    'delete',
    `${BASE}/components/${encodeURIComponent(
      'component:default/payment-gateway',
    )}`,
    undefined,
    /not part/,
  ],
  ['post', `${BASE}/checklist`, { title: 'x' }, /category/],
  ['post', `${BASE}/checklist`, { title: 'x', category: 'chores' }, /category/],
  [
    'post',
    `${BASE}/checklist`,
    {
      title: 'x',
      category: 'planning',
      componentRef: 'component:default/payment-gateway',
    },
    /componentRef/,
  ],
  ['patch', `${BASE}/checklist/${ITEM}`, {}, /^state:/],
  ['patch', `${BASE}/checklist/${ITEM}`, { state: 'finished' }, /state/],
  [
    'patch',
    `${BASE}/checklist/${ITEM}`,
    { evidenceUrl: 'ftp://example.com/evidence' },
    /evidenceUrl/,
  ],
  ['patch', `${BASE}/checklist/${ITEM}`, { note: 'x'.repeat(4001) }, /note/],
  [
    'patch',
    `${BASE}/checklist/unknown-item`,
    { state: 'done' },
    /unknown-item/,
  ],
  [
    'patch',
    `${BASE}/checklist/${ITEM}`,
    { state: 'done', revision: 99 },
    /revision 99/,
  ],
];

describeOnSqlite(
  'the request validator',
  {
    entities: graphCatalog({ cart: { owner: 'checkout-team' } }),
  },
  backend => {
    const api = backend.api;

    it('answers malformed requests with the request validator’s own messages', async () => {
      const created = await createRelease(api, {
        ...validBody,
        components: ['component:default/cart'],
        stakeholders: [],
      });
      const base = `/api/releases/releases/${created.id}`;
      const path = (template: string) =>
        template.replace(BASE, base).replace(ITEM, created.checklist[0].id);
      const answers = [];
      for (const [method, template, body] of VALIDATOR_MESSAGES) {
        const req = (api() as any)[method](path(template));
        const res = body ? await req.send(body) : await req;
        answers.push({ status: res.status, error: res.body.error });
      }
      expect(answers).toEqual(
        VALIDATOR_MESSAGES.map(([, , , message]) => ({
          status: 400,
          error: { name: 'InputError', message },
        })),
      );
    });
  },
);

describeOnEachDatabase(
  'malformed writes',
  {
    entities: testCatalog(),
  },
  backend => {
    const api = backend.api;

    it('answers every malformed write with a 4xx naming the field, and writes nothing', async () => {
      const release = await createRelease(api);
      const itemId = release.checklist[0].id;
      const base = `/api/releases/releases/${release.id}`;
      // The risk refresh after the creation writes its snapshot; the refused writes queue none.
      await backend.ctx().risk.idle();
      const before = await snapshot(backend.knex());
      for (const [method, template, body, message] of MALFORMED_WRITES) {
        const path = template.replace(BASE, base).replace(ITEM, itemId);
        const req = (api() as any)[method](path);
        const res = body === undefined ? await req : await req.send(body);
        const label = `${method.toUpperCase()} ${path} ${JSON.stringify(body)}`;
        expect({
          label,
          status: res.status >= 400 && res.status < 500,
        }).toEqual({ label, status: true });
        expect({ label, message: res.body.error?.message }).toEqual({
          label,
          message: expect.stringMatching(message),
        });
      }
      expect(await snapshot(backend.knex())).toEqual(before);
    });
  },
);
