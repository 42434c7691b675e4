import { mockCredentials } from '@backstage/backend-test-utils';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { invokeAction } from '../__testUtils__/releaseActions';
import { createRelease, snapshot } from '../__testUtils__/releaseRequests';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';

const CART = 'component:default/cart-service';

/** A release as the REST API reads it back. */
async function read(backend: UsedBackend, id: string) {
  return (await backend.api().get(`/api/releases/releases/${id}`)).body;
}

describeOnEachDatabase(
  'the write actions: planning and ticking',
  { entities: testCatalog() },
  backend => {
    const api = backend.api;

    it('plans a release as the API would, and audits it as the same event', async () => {
      const res = await invokeAction(api, 'plan-release', {
        title: 'Spring release',
        version: '3.0.0',
        windowStart: '2027-03-04T09:00:00Z',
        windowEnd: '2027-03-04T12:00:00+00:00',
        owner: 'group:default/checkout-team',
        components: [CART],
        description: 'Faster checkout',
      });
      expect(res.status).toBe(200);
      const { release, checklistItems } = res.body.output;
      expect(release).toMatchObject({
        title: 'Spring release',
        status: 'draft',
        components: [CART],
        templateId: 'default',
        revision: 1,
      });
      const stored = await read(backend, release.id);
      expect(stored).toMatchObject({
        title: 'Spring release',
        version: '3.0.0',
        windowStart: '2027-03-04T09:00:00.000Z',
        description: 'Faster checkout',
        createdBy: 'user:default/mock',
      });
      expect(stored.checklist).toHaveLength(checklistItems);
      expect(backend.ctx().audits.at(-1)).toEqual({
        eventId: 'release-create',
        meta: {
          title: 'Spring release',
          components: [CART],
          actor: 'user:default/mock',
          via: 'action releases:plan-release',
        },
        outcome: 'succeeded',
      });
    });

    it('sets a checklist item’s state, again to the same effect, and refuses a stale revision', async () => {
      const release = await createRelease(api);
      const item = release.checklist.find((i: any) => i.check === null);
      const input = {
        releaseId: release.id,
        itemId: item.id,
        state: 'done',
        note: 'Checked with the API team',
      };
      const res = await invokeAction(api, 'set-checklist-item-state', input);
      expect(res.status).toBe(200);
      expect(res.body.output.item).toMatchObject({
        id: item.id,
        state: 'done',
        note: 'Checked with the API team',
        doneBy: 'user:default/mock',
      });
      const again = await invokeAction(api, 'set-checklist-item-state', input);
      expect(again.body.output.item).toEqual(res.body.output.item);
      const stored = (await read(backend, release.id)).checklist.find(
        (i: any) => i.id === item.id,
      );
      expect(stored).toMatchObject({
        state: 'done',
        doneBy: 'user:default/mock',
      });

      const stale = await invokeAction(api, 'set-checklist-item-state', {
        ...input,
        state: 'open',
        revision: release.revision,
      });
      expect([stale.status, stale.body.error.name]).toEqual([
        409,
        'ConflictError',
      ]);
      const why = await invokeAction(api, 'set-checklist-item-state', {
        ...input,
        state: 'not_applicable',
        note: ' ',
      });
      expect([why.status, why.body.error.message]).toEqual([
        400,
        'note: say why the item does not apply',
      ]);
    });
  },
);

describeOnEachDatabase(
  'the write actions: check results and refusals',
  { entities: testCatalog() },
  backend => {
    const api = backend.api;

    it('reports check results that settle the items waiting for them; the same report again changes nothing', async () => {
      const release = await createRelease(api);
      const waiting = release.checklist.find(
        (i: any) => i.componentRef === CART && i.check === 'ci.tests',
      );
      const input = {
        results: [
          {
            entityRef: CART,
            check: 'ci.tests',
            status: 'passed',
            url: 'https://ci.example.com/runs/812',
          },
          {
            entityRef: 'component:default/payment-gateway',
            check: 'ci.tests',
            status: 'failed',
          },
        ],
      };
      const res = await invokeAction(api, 'report-check-result', input);
      expect(res.status).toBe(200);
      expect(res.body.output.settled).toContainEqual({
        releaseId: release.id,
        itemId: waiting.id,
        state: 'done',
      });
      expect(res.body.output.unmatched).toEqual([
        { entityRef: 'component:default/payment-gateway', check: 'ci.tests' },
      ]);
      const settled = (await read(backend, release.id)).checklist.find(
        (i: any) => i.id === waiting.id,
      );
      expect(settled.state).toBe('done');

      await backend.ctx().risk.idle();
      const before = await snapshot(backend.knex());
      const again = await invokeAction(api, 'report-check-result', input);
      expect(again.status).toBe(200);
      expect(await snapshot(backend.knex())).toEqual(before);
    });

    it('refuses bad input and service principals with nothing written', async () => {
      const release = await createRelease(api);
      await backend.ctx().risk.idle();
      const before = await snapshot(backend.knex());
      const plan = {
        title: 'Bad',
        version: '1',
        windowStart: '2027-03-04T09:00:00Z',
        windowEnd: '2027-03-04T10:00:00Z',
        owner: 'group:default/checkout-team',
        components: [CART],
      };
      const refused = [
        await invokeAction(api, 'plan-release', {
          ...plan,
          windowStart: 'next Tuesday',
        }),
        await invokeAction(api, 'plan-release', { ...plan, owner: 'checkout' }),
        await invokeAction(api, 'plan-release', { ...plan, title: 'a\u0000b' }),
        await invokeAction(api, 'set-checklist-item-state', {
          releaseId: release.id,
          itemId: 'x',
          state: 'finished',
        }),
        await invokeAction(api, 'report-check-result', { results: [] }),
        await invokeAction(api, 'report-check-result', {
          results: [{ entityRef: CART, check: 'Not A Key', status: 'passed' }],
        }),
      ];
      expect(refused.map(r => r.status)).toEqual(Array(6).fill(400));
      expect(refused[2].body.error.message).toBe(
        'title: must not contain NUL characters',
      );

      const service = await api()
        .post(
          '/api/releases/.backstage/actions/v2/actions/releases:plan-release/invoke',
        )
        .set('Authorization', mockCredentials.service.header())
        .send({ input: plan });
      expect([service.status, service.body.error.message]).toEqual([
        403,
        'releases:plan-release acts for a signed-in user; a service principal may not call it',
      ]);
      expect(await snapshot(backend.knex())).toEqual(before);
    });
  },
);
