import { mockCredentials } from '@backstage/backend-test-utils';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { ACTIONS_PATH, invokeAction } from '../__testUtils__/releaseActions';
import { createRelease, validBody } from '../__testUtils__/releaseRequests';

const PAYMENTS = {
  ...validBody,
  title: 'Payments',
  version: '7.0.0',
  owner: 'group:default/payments-team',
  components: ['component:default/payment-gateway'],
  stakeholders: [],
};

/** A weekly freeze of the payments system, from app-config, every Friday noon to Monday 06:00 UTC. */
const config = {
  releases: {
    freezes: [
      {
        id: 'payments-fridays',
        title: 'No Friday deploys for payments',
        reason: 'Thin weekend cover',
        start: '2026-01-02T12:00:00Z',
        end: '2026-01-05T06:00:00Z',
        recurrence: 'FREQ=WEEKLY;BYDAY=FR',
        entityRefs: ['system:default/payments'],
      },
    ],
  },
};

describeOnEachDatabase(
  'the read actions: listing and reading releases',
  { entities: testCatalog(), config },
  backend => {
    const api = backend.api;

    it('lists releases by component, owner, status, window and text, a page at a time', async () => {
      const checkout = await createRelease(api);
      const payments = await createRelease(api, PAYMENTS);
      const list = async (input: object) => {
        const res = await invokeAction(api, 'list-releases', input);
        expect(res.status).toBe(200);
        return res.body.output;
      };
      const ids = async (input: object) =>
        (await list(input)).releases.map((r: any) => r.id);

      expect(
        await ids({ entityRef: 'component:default/cart-service' }),
      ).toEqual([checkout.id]);
      expect(await ids({ owner: 'group:default/payments-team' })).toEqual([
        payments.id,
      ]);
      expect(await ids({ status: ['planned', 'in_progress'] })).toEqual([]);
      expect(await ids({ query: '7.0' })).toEqual([payments.id]);
      expect(
        await ids({
          status: ['draft'],
          from: '2026-12-01T10:00:00Z',
          to: '2026-12-01T11:00:00+00:00',
        }),
      ).toHaveLength(2);

      const first = await list({ limit: 1 });
      expect(first.releases).toHaveLength(1);
      const second = await list({ limit: 1, cursor: first.nextCursor });
      expect(second.releases).toHaveLength(1);
      expect(second.releases[0].id).not.toBe(first.releases[0].id);

      const [summary] = (
        await list({ entityRef: 'component:default/cart-service' })
      ).releases;
      expect(summary).toMatchObject({
        title: 'Checkout',
        version: '2.4.0',
        status: 'draft',
        owner: 'group:default/checkout-team',
        components: validBody.components,
        readiness: { ready: false, requiredOpen: expect.any(Number) },
      });
    });

    it('gets a release with what blocks it: open required items, failed checks, risk', async () => {
      const release = await createRelease(api);
      await api().post('/api/releases/checks/results').send({
        entityRef: 'component:default/cart-service',
        check: 'ci.tests',
        status: 'failed',
        summary: '3 tests failed',
      });
      await backend.ctx().risk.idle();
      const res = await invokeAction(api, 'get-release', {
        releaseId: release.id,
      });
      expect(res.status).toBe(200);
      const { output } = res.body;
      const required = release.checklist.filter((i: any) => i.required);
      expect(output.blockers.openRequiredItems).toHaveLength(required.length);
      expect(output.blockers.openRequiredItems[0]).toMatchObject({
        state: 'open',
        required: true,
        youMayUpdate: true,
      });
      expect(output.blockers.failedChecks).toEqual([
        expect.objectContaining({
          entityRef: 'component:default/cart-service',
          check: 'ci.tests',
          required: true,
          summary: '3 tests failed',
        }),
      ]);
      expect(output.release).toMatchObject({
        id: release.id,
        description: '## Goals',
        templateId: 'default',
      });
      expect(output.readiness.requiredOpen).toBe(required.length);
      expect(output.readiness.components).toHaveLength(2);
      expect(output.risk.factors).toContainEqual(
        expect.objectContaining({ key: 'failed_checks' }),
      );
      expect(output.youMay).toEqual({ update: true, delete: true });
      expect(output.checklist).toBeUndefined();

      const full = await invokeAction(api, 'get-release', {
        releaseId: release.id,
        includeChecklist: true,
      });
      expect(full.body.output.checklist).toHaveLength(release.checklist.length);
    });
  },
);

describeOnEachDatabase(
  'the actions registry list, freeze status and refusals',
  { entities: testCatalog(), config },
  backend => {
    const api = backend.api;

    it('lists the six actions with honest attributes and JSON schemas', async () => {
      const res = await api()
        .get(`${ACTIONS_PATH}/v1/actions`)
        .set('Authorization', mockCredentials.user.header());
      expect(res.status).toBe(200);
      // [readOnly, idempotent, destructive]
      const flags = Object.fromEntries(
        res.body.actions.map((a: any) => [
          a.id,
          [
            a.attributes.readOnly,
            a.attributes.idempotent,
            a.attributes.destructive,
          ],
        ]),
      );
      expect(flags).toEqual({
        'releases:list-releases': [true, true, false],
        'releases:get-release': [true, true, false],
        'releases:get-freeze-status': [true, true, false],
        'releases:plan-release': [false, false, false],
        'releases:set-checklist-item-state': [false, true, false],
        'releases:report-check-result': [false, true, false],
      });
      const plan = res.body.actions.find((a: any) => a.name === 'plan-release');
      expect(plan.schema.input.required).toEqual([
        'title',
        'version',
        'windowStart',
        'windowEnd',
        'owner',
        'components',
      ]);
      expect(plan.description).toContain('component:default/cart-service');
    });

    it('tells whether a component is frozen now and which freeze comes next', async () => {
      const now = Date.now();
      const created = await api()
        .post('/api/releases/freezes')
        .send({
          title: 'Incident freeze',
          reason: 'Checkout incident',
          start: new Date(now - 3_600_000).toISOString(),
          end: new Date(now + 3_600_000).toISOString(),
          entityRefs: ['group:default/checkout-team'],
        });
      expect(created.status).toBe(201);
      const status = async (entityRef: string) =>
        (await invokeAction(api, 'get-freeze-status', { entityRef })).body
          .output;

      const cart = await status('component:default/cart-service');
      expect(cart).toMatchObject({
        entityRef: 'component:default/cart-service',
        frozen: true,
        windows: [expect.objectContaining({ title: 'Incident freeze' })],
        next: null,
      });

      const payments = await status('component:default/payment-gateway');
      expect(payments.windows.map((w: any) => w.title)).not.toContain(
        'Incident freeze',
      );
      // The next Friday's freeze, or the one after if it is Friday afternoon already.
      expect(payments.next).toMatchObject({
        freezeId: 'config:payments-fridays',
        entityRefs: ['system:default/payments'],
      });
      const nextStart = new Date(payments.next.start);
      expect(nextStart.getUTCDay()).toBe(5);
      expect(nextStart.getTime()).toBeGreaterThan(now);
      expect(nextStart.getTime()).toBeLessThanOrEqual(now + 7 * 86_400_000);
    });

    it('refuses bad input before any service runs, and passes the services’ errors on', async () => {
      const refused = [
        await invokeAction(api, 'list-releases', { limit: 500 }),
        await invokeAction(api, 'list-releases', { from: 'yesterday' }),
        await invokeAction(api, 'get-release', { releaseId: 'no such/id' }),
        await invokeAction(api, 'get-freeze-status', { entityRef: 'cart' }),
      ];
      expect(refused.map(r => [r.status, r.body.error.name])).toEqual(
        Array(4).fill([400, 'InputError']),
      );
      // The registry names the field and the rule an assistant broke.
      expect(refused[0].body.error.message).toMatch(
        /^Invalid input to action "releases:list-releases"; caused by .*"too_big".*"path": \[\s*"limit"/s,
      );

      const backwards = await invokeAction(api, 'list-releases', {
        from: '2027-01-02T00:00:00Z',
        to: '2027-01-01T00:00:00Z',
      });
      expect([backwards.status, backwards.body.error.message]).toEqual([
        400,
        'to: must be after from',
      ]);
      const missing = await invokeAction(api, 'get-release', {
        releaseId: 'nope',
      });
      expect([missing.status, missing.body.error.name]).toEqual([
        404,
        'NotFoundError',
      ]);
      const nul = await invokeAction(api, 'list-releases', {
        query: 'a\u0000',
      });
      expect([nul.status, nul.body.error.message]).toEqual([
        400,
        'query: must not contain NUL characters',
      ]);
    });
  },
);
