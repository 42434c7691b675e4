import type { Api } from '../__testUtils__/releaseRequests';
import { describeOnSqlite } from '../__testUtils__/describeWithBackend';
import { graphCatalog } from '../__testUtils__/graphCatalog';
import { DEFAULT_TEMPLATE } from '../service/templates';

/*
 * The whole HTTP surface in one place: every route of openapi.yaml answered once with its answer
 * pinned (status and the exact set of fields), the 404s of every release route, and the exact
 * messages of the request validator. These hold the API to the same bytes while the code behind
 * it moves.
 */

const entities = graphCatalog({
  cart: { owner: 'checkout-team', system: 'shop' },
  ledger: { owner: 'payments-team', system: 'money' },
});
const cart = 'component:default/cart';
const ledger = 'component:default/ledger';
const team = 'group:default/checkout-team';

const RELEASE_FIELDS = [
  'checklist',
  'components',
  'createdAt',
  'createdBy',
  'decisions',
  'description',
  'failedChecks',
  'id',
  'outcome',
  'owner',
  'readiness',
  'revision',
  'risk',
  'risks',
  'stakeholders',
  'status',
  'templateId',
  'title',
  'updatedAt',
  'updatedBy',
  'version',
  'windowEnd',
  'windowStart',
];
const ITEM_FIELDS = [
  'assignee',
  'category',
  'check',
  'componentRef',
  'createdAt',
  'doneAt',
  'doneBy',
  'evidenceUrl',
  'id',
  'note',
  'releaseId',
  'required',
  'source',
  'state',
  'title',
  'updatedAt',
];

const keys = (value: object) => Object.keys(value).sort();

async function draft(api: Api, components = [cart]) {
  const res = await api().post('/api/releases/releases').send({
    title: 'Cart',
    version: '1.0.0',
    windowStart: '2027-06-01T09:00:00Z',
    windowEnd: '2027-06-01T12:00:00Z',
    owner: team,
    components,
  });
  expect(res.status).toBe(201);
  return res.body;
}

describeOnSqlite('the answers of the release routes', { entities }, backend => {
  const api = backend.api;

  it('answers a release and a list with exactly the fields of the spec', async () => {
    await draft(api);
    const created = await draft(api);
    expect(keys(created)).toEqual(RELEASE_FIELDS);
    const read = await api().get(`/api/releases/releases/${created.id}`);
    expect(read.status).toBe(200);
    expect(keys(read.body)).toEqual([...RELEASE_FIELDS, 'access'].sort());
    expect(read.body.access).toEqual({
      update: true,
      delete: true,
      updatableItemIds: created.checklist.map((i: any) => i.id),
    });
    expect(keys(read.body.checklist[0])).toEqual(ITEM_FIELDS);
    const list = await api()
      .get('/api/releases/releases')
      .query({ entityRef: cart, limit: 1 });
    expect(list.status).toBe(200);
    expect(keys(list.body)).toEqual(['items', 'nextCursor']);
    expect(keys(list.body.items[0])).toEqual([
      'components',
      'createdAt',
      'createdBy',
      'id',
      'owner',
      'readiness',
      'revision',
      'risk',
      'status',
      'templateId',
      'title',
      'updatedAt',
      'updatedBy',
      'version',
      'windowEnd',
      'windowStart',
    ]);
  });

  it('deletes a draft: 204 with no body, then the release is gone', async () => {
    const created = await draft(api);
    const deleted = await api().delete(`/api/releases/releases/${created.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    const read = await api().get(`/api/releases/releases/${created.id}`);
    expect(read.status).toBe(404);
    expect(read.body.error).toEqual({
      name: 'NotFoundError',
      message: `No release with id ${created.id}`,
    });
  });

  it('adds a checklist item, assigned to the release owner or to the component owner', async () => {
    const created = await draft(api, [cart, ledger]);
    const releaseLevel = await api()
      .post(`/api/releases/releases/${created.id}/checklist`)
      .send({ title: '  Tell support  ', category: 'communication' });
    expect(releaseLevel.status).toBe(201);
    expect(releaseLevel.body).toEqual({
      id: expect.any(String),
      releaseId: created.id,
      componentRef: null,
      title: 'Tell support',
      category: 'communication',
      required: true,
      assignee: team,
      state: 'open',
      note: null,
      evidenceUrl: null,
      doneBy: null,
      doneAt: null,
      source: 'manual',
      check: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const forLedger = await api()
      .post(`/api/releases/releases/${created.id}/checklist`)
      .send({
        title: 'Reconcile',
        category: 'validation',
        componentRef: ledger,
        required: false,
      });
    expect(forLedger.status).toBe(201);
    expect(forLedger.body).toMatchObject({
      componentRef: ledger,
      assignee: 'group:default/payments-team',
      required: false,
    });
    const activity = await api().get(
      `/api/releases/releases/${created.id}/activity`,
    );
    expect(activity.body.items[0]).toMatchObject({
      action: 'checklist.item_added',
      summary: `Added "Reconcile" for ${ledger}`,
    });
  });
});

describeOnSqlite(
  'the answers of the follow-up, template and feed routes',
  { entities },
  backend => {
    const api = backend.api;

    it('answers decisions, activity and the templates with exactly their fields', async () => {
      const created = await draft(api);
      await api()
        .post(`/api/releases/releases/${created.id}/transitions`)
        .send({ to: 'planned' });
      const decision = await api()
        .post(`/api/releases/releases/${created.id}/decisions`)
        .send({ decision: 'go', rationale: 'Ready' });
      expect(decision.status).toBe(201);
      expect(keys(decision.body)).toEqual([
        'attendees',
        'decidedAt',
        'decidedBy',
        'decision',
        'id',
        'overrideReason',
        'rationale',
        'readiness',
        'releaseId',
      ]);
      const activity = await api()
        .get(`/api/releases/releases/${created.id}/activity`)
        .query({ limit: 2 });
      expect(activity.status).toBe(200);
      expect(activity.body.items).toHaveLength(2);
      expect(keys(activity.body.items[0])).toEqual([
        'action',
        'actor',
        'after',
        'at',
        'before',
        'id',
        'releaseId',
        'summary',
      ]);
      const templates = await api().get('/api/releases/templates');
      expect(templates.body).toEqual({ items: [DEFAULT_TEMPLATE] });
    });

    it('creates, lists and revokes feeds with exactly their fields', async () => {
      const created = await api()
        .post('/api/releases/feeds')
        .send({ entityRef: 'system:default/shop', includeFreezes: false });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        url: expect.stringMatching(
          /^http:\/\/localhost:\d+\/api\/releases\/feeds\/[A-Za-z0-9_-]{43}\/calendar\.ics$/,
        ),
      });
      const list = await api().get('/api/releases/feeds');
      expect(list.body.items).toContainEqual({
        id: created.body.id,
        entityRef: 'system:default/shop',
        includeFreezes: false,
      });
      const revoked = await api().delete(
        `/api/releases/feeds/${created.body.id}`,
      );
      expect(revoked.status).toBe(204);
      expect(revoked.text).toBe('');
      const again = await api().delete(
        `/api/releases/feeds/${created.body.id}`,
      );
      expect(again.status).toBe(404);
      expect(again.body.error.message).toBe(
        `No calendar feed ${created.body.id} of yours`,
      );
    });
  },
);

describeOnSqlite(
  'the errors of the release and freeze routes',
  { entities },
  backend => {
    const api = backend.api;

    it('answers every route of an unknown release with the same 404', async () => {
      const id = 'no-such-release';
      const calls: Array<[string, string, object?]> = [
        ['get', ''],
        ['patch', '', { revision: 1, title: 'x' }],
        ['delete', ''],
        ['post', '/transitions', { to: 'planned' }],
        ['post', '/components', { components: [ledger] }],
        ['delete', `/components/${encodeURIComponent(cart)}`],
        ['post', '/checklist', { title: 'x', category: 'planning' }],
        ['patch', '/checklist/item-1', { state: 'done' }],
        ['get', '/activity'],
        ['get', '/insights'],
        ['get', '/execution'],
        ['post', '/decisions', { decision: 'go', rationale: 'x' }],
        [
          'put',
          '/outcome',
          { result: 'success', releasedAt: '2026-01-01T00:00:00Z' },
        ],
      ];
      for (const [method, path, body] of calls) {
        const req = (api() as any)[method](
          `/api/releases/releases/${id}${path}`,
        );
        const res = body ? await req.send(body) : await req;
        const label = `${method} ${path}`;
        expect({ label, status: res.status, error: res.body.error }).toEqual({
          label,
          status: 404,
          error: { name: 'NotFoundError', message: `No release with id ${id}` },
        });
      }
    });

    it('answers the freeze routes’ own errors', async () => {
      const unknown = await api()
        .patch('/api/releases/freezes/no-such-freeze')
        .send({ revision: 1, title: 'x' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toBe(
        'No freeze window with id no-such-freeze',
      );
      const backwards = await api()
        .get('/api/releases/freezes')
        .query({ from: '2027-02-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
      expect(backwards.status).toBe(400);
      expect(backwards.body.error.message).toBe('to: must be after from');
      const created = await api().post('/api/releases/freezes').send({
        title: 'Peak',
        reason: 'Sale',
        start: '2027-11-26T00:00:00Z',
        end: '2027-11-30T00:00:00Z',
      });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        title: 'Peak',
        reason: 'Sale',
        start: '2027-11-26T00:00:00.000Z',
        end: '2027-11-30T00:00:00.000Z',
        recurrence: null,
        entityRefs: [],
        source: 'api',
        revision: 1,
        createdBy: 'user:default/mock',
      });
      // One end of the range alone is refused (see FreezeService.test.ts); neither lists them all.
      const oneEnded = await api()
        .get('/api/releases/freezes')
        .query({ from: '2030-01-01T00:00:00Z' });
      expect(oneEnded.status).toBe(400);
      const all = await api().get('/api/releases/freezes');
      expect(all.body.items.map((f: any) => f.id)).toContain(created.body.id);
    });
  },
);

describeOnSqlite(
  'the descriptions of a list, for indexers',
  { entities },
  backend => {
    const api = backend.api;

    it('adds each description to a list only with include=description, and refuses other includes', async () => {
      const created = await draft(api);
      await api()
        .patch(`/api/releases/releases/${created.id}`)
        .send({ revision: created.revision, description: '## Goals' })
        .expect(200);

      const plain = await api().get('/api/releases/releases');
      expect(plain.body.items[0]).not.toHaveProperty('description');

      const withText = await api()
        .get('/api/releases/releases')
        .query({ include: 'description' });
      expect(withText.status).toBe(200);
      expect(withText.body.items).toEqual([
        expect.objectContaining({ id: created.id, description: '## Goals' }),
      ]);

      const unknown = await api()
        .get('/api/releases/releases')
        .query({ include: 'checklist' });
      expect(unknown.status).toBe(400);
    });
  },
);
