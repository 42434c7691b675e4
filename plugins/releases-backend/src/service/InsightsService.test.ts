import { graphCatalog } from '../__testUtils__/graphCatalog';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';

const ref = (name: string) => `component:default/${name}`;

/*
 * web → checkout → payment → ledger (a chain), web consumes auth-api (provided by auth),
 * billing (another team, outside the releases) depends on payment, reporting consumes ledger-api,
 * cycle-a ↔ cycle-b depend on each other, and 30 independent bulk services.
 */
const entities = graphCatalog({
  web: {
    owner: 'checkout-team',
    system: 'shop',
    dependsOn: ['checkout'],
    consumesApis: ['auth-api'],
  },
  checkout: { owner: 'checkout-team', system: 'shop', dependsOn: ['payment'] },
  payment: { owner: 'payments-team', system: 'money', dependsOn: ['ledger'] },
  ledger: {
    owner: 'payments-team',
    system: 'money',
    providesApis: ['ledger-api'],
  },
  auth: {
    owner: 'identity-team',
    system: 'identity',
    providesApis: ['auth-api'],
  },
  billing: { owner: 'billing-team', system: 'money', dependsOn: ['payment'] },
  reporting: { owner: 'data-team', consumesApis: ['ledger-api'] },
  'cycle-a': { owner: 'platform-team', dependsOn: ['cycle-b'] },
  'cycle-b': { owner: 'platform-team', dependsOn: ['cycle-a'] },
  ...Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [
      `bulk-${i}`,
      { owner: 'platform-team', dependsOn: ['ledger'] },
    ]),
  ),
});

const body = (components: string[], overrides: object = {}) => ({
  title: 'Release',
  version: '1.0.0',
  windowStart: '2027-03-01T09:00:00Z',
  windowEnd: '2027-03-01T12:00:00Z',
  owner: 'group:default/checkout-team',
  components: components.map(ref),
  ...overrides,
});

/** The helpers of these tests, on the backend of the describe that calls it. */
function helpers(backend: UsedBackend) {
  const api = backend.api;
  async function create(components: string[], overrides: object = {}) {
    const res = await api()
      .post('/api/releases/releases')
      .send(body(components, overrides));
    expect(res.status).toBe(201);
    return res.body;
  }

  async function insightsOf(id: string) {
    const res = await api().get(`/api/releases/releases/${id}/insights`);
    expect(res.status).toBe(200);
    return res.body;
  }

  return { create, insightsOf };
}

describeOnEachDatabase(
  'insights from the catalog graph',
  {
    entities,
    per: 'test',
  },
  backend => {
    const { create, insightsOf } = helpers(backend);

    it('lists dependencies and dependents with owners, including links through APIs', async () => {
      const release = await create(['web', 'payment', 'ledger']);
      const insights = await insightsOf(release.id);
      expect(insights.degraded).toBe(false);
      const byRef = Object.fromEntries(
        insights.components.map((c: any) => [c.entityRef, c]),
      );

      expect(byRef[ref('web')].dependencies).toEqual(
        expect.arrayContaining([
          {
            entityRef: ref('checkout'),
            owner: 'group:default/checkout-team',
            via: 'dependsOn',
            inRelease: false,
          },
          {
            entityRef: ref('auth'),
            owner: 'group:default/identity-team',
            via: 'api:default/auth-api',
            inRelease: false,
          },
        ]),
      );
      expect(
        byRef[ref('payment')].dependents.map((d: any) => d.entityRef).sort(),
      ).toEqual([ref('billing'), ref('checkout')].sort());
      expect(byRef[ref('ledger')].dependents).toEqual(
        expect.arrayContaining([
          {
            entityRef: ref('reporting'),
            owner: 'group:default/data-team',
            via: 'api:default/ledger-api',
            inRelease: false,
          },
          {
            entityRef: ref('payment'),
            owner: 'group:default/payments-team',
            via: 'dependsOn',
            inRelease: true,
          },
        ]),
      );
    });

    it('suggests dependencies first, and says who must be told', async () => {
      const release = await create(['web', 'checkout', 'payment', 'ledger'], {
        stakeholders: ['group:default/data-team'],
      });
      const insights = await insightsOf(release.id);
      expect(insights.suggestedOrder).toEqual([
        ref('ledger'),
        ref('payment'),
        ref('checkout'),
        ref('web'),
      ]);
      expect(insights.cycles).toEqual([]);
      const told = insights.warnings.filter(
        (w: any) => w.kind === 'uninformed_dependents',
      );
      // billing-team owns billing (depends on payment); data-team is already a stakeholder;
      // platform-team owns the bulk services depending on ledger.
      expect(told.map((w: any) => w.entityRefs[0]).sort()).toEqual([
        'group:default/billing-team',
        'group:default/platform-team',
      ]);
      expect(
        told.find((w: any) => w.entityRefs[0] === 'group:default/billing-team'),
      ).toMatchObject({
        team: 'group:default/billing-team',
        dependents: [ref('billing')],
        message: expect.stringContaining(ref('billing')),
      });
    });

    it('reports a dependency cycle among the release components and breaks it', async () => {
      const release = await create(['cycle-b', 'cycle-a', 'ledger']);
      const insights = await insightsOf(release.id);
      expect(insights.cycles).toEqual([[ref('cycle-b'), ref('cycle-a')]]);
      expect(insights.suggestedOrder).toEqual([
        ref('cycle-b'),
        ref('cycle-a'),
        ref('ledger'),
      ]);
      expect(insights.warnings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'dependency_cycle',
            entityRefs: [ref('cycle-b'), ref('cycle-a')],
          }),
        ]),
      );
    });
  },
);

describeOnEachDatabase(
  'insights against other releases and a broken catalog',
  {
    entities,
    per: 'test',
  },
  backend => {
    const api = backend.api;
    const { create, insightsOf } = helpers(backend);

    it('warns when a dependency outside the release is released after this one starts', async () => {
      const payments = await create(['payment'], {
        title: 'Payments',
        owner: 'group:default/payments-team',
        windowStart: '2027-03-01T10:00:00Z',
        windowEnd: '2027-03-01T16:00:00Z',
      });
      await api()
        .post(`/api/releases/releases/${payments.id}/transitions`)
        .send({ to: 'planned' });
      const release = await create(['checkout']);
      const insights = await insightsOf(release.id);
      const risk = insights.warnings.find(
        (w: any) => w.kind === 'ordering_risk',
      );
      // The sentence is the client's: the answer names the parts as fields.
      expect(risk).toMatchObject({
        releaseIds: [payments.id],
        entityRefs: [ref('payment'), ref('checkout')],
        cause: 'ends_after_start',
        dependencies: [ref('payment')],
        dependents: [ref('checkout')],
        releases: [
          {
            id: payments.id,
            title: 'Payments',
            version: '1.0.0',
            status: 'planned',
            windowStart: '2027-03-01T10:00:00.000Z',
            windowEnd: '2027-03-01T16:00:00.000Z',
          },
        ],
      });
      expect(risk.message).toContain('Payments 1.0.0');
      // Different teams releasing dependent components in overlapping windows is a conflict too.
      await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'planned' });
      const again = await insightsOf(release.id);
      expect(again.conflicts.map((c: any) => c.kind)).toContain(
        'dependency_overlap',
      );
    });

    it('reads the catalog in at most two requests, for 1 component or 30', async () => {
      const one = await create(['ledger']);
      const thirty = await create(
        Array.from({ length: 30 }, (_, i) => `bulk-${i}`),
      );
      // The risk refreshes of the creations read the catalog too: not counted here.
      const resume = await backend.ctx().risk.pause();
      for (const release of [one, thirty]) {
        const before = backend.ctx().catalog.requests();
        await insightsOf(release.id);
        expect(backend.ctx().catalog.requests() - before).toBeLessThanOrEqual(
          2,
        );
      }
      resume();
    });

    it('still serves the release, and degraded insights, when the catalog is down', async () => {
      const release = await create(['web', 'checkout']);
      backend.ctx().catalog.breakIt();
      const fetched = await api().get(`/api/releases/releases/${release.id}`);
      expect(fetched.status).toBe(200);
      const insights = await insightsOf(release.id);
      expect(insights).toMatchObject({
        degraded: true,
        suggestedOrder: [ref('web'), ref('checkout')],
        warnings: [],
      });
      expect(insights.message).toMatch(/catalog could not be read/);
      expect(insights.components[0]).toMatchObject({
        entityRef: ref('web'),
        owner: 'group:default/checkout-team',
      });
    });
  },
);

describeOnEachDatabase(
  'insights by the status of the release',
  {
    entities,
    per: 'test',
  },
  backend => {
    const api = backend.api;
    const { create, insightsOf } = helpers(backend);
    const move = async (id: string, to: string, extra: object = {}) => {
      const res = await api()
        .post(`/api/releases/releases/${id}/transitions`)
        .send({ to, ...extra });
      expect(res.status).toBe(200);
    };
    /** Payments 1.0.0, planned, ships payment (which checkout depends on) until after 09:00. */
    const plannedPayments = async () => {
      const payments = await create(['payment'], {
        title: 'Payments',
        owner: 'group:default/payments-team',
        windowStart: '2027-03-01T10:00:00Z',
        windowEnd: '2027-03-01T16:00:00Z',
      });
      await move(payments.id, 'planned');
      return payments;
    };

    it('a finished release speaks of what happened, not of releases after it', async () => {
      await plannedPayments();
      const release = await create(['checkout']);
      const before = await insightsOf(release.id);
      expect(before.warnings.map((w: any) => w.kind)).toContain(
        'ordering_risk',
      );
      await move(release.id, 'planned');
      await move(release.id, 'in_progress', {
        override: true,
        reason: 'Items are settled outside the tool',
      });
      await move(release.id, 'released');

      const after = await insightsOf(release.id);
      expect(after.releaseStatus).toBe('released');
      expect(after.warnings.map((w: any) => w.kind)).not.toContain(
        'ordering_risk',
      );
      expect(after.conflicts).toEqual([]);
      // What the catalog says of it still holds.
      expect(after.suggestedOrder).toEqual([ref('checkout')]);
    });

    it('a draft shows, marked prospective, the conflicts it would have once planned; drafts never collide', async () => {
      const payments = await plannedPayments();
      const frozen = await api()
        .post('/api/releases/freezes')
        .send({
          title: 'Month-end close',
          reason: 'Ledgers are being closed',
          start: '2027-03-01T11:00:00Z',
          end: '2027-03-01T13:00:00Z',
          entityRefs: ['system:default/money'],
        });
      expect(frozen.status).toBe(201);
      const draft = await create(['payment'], { title: 'Draft one' });
      const otherDraft = await create(['payment'], { title: 'Draft two' });

      const insights = await insightsOf(draft.id);
      expect(insights.releaseStatus).toBe('draft');
      const byKind = Object.fromEntries(
        insights.conflicts.map((c: any) => [c.kind, c]),
      );
      expect(Object.keys(byKind).sort()).toEqual(['freeze', 'same_component']);
      expect(byKind.same_component).toMatchObject({
        prospective: true,
        releaseIds: [draft.id, payments.id],
        entityRefs: [ref('payment')],
        releases: [
          expect.objectContaining({ id: payments.id, title: 'Payments' }),
        ],
        overlap: {
          start: '2027-03-01T10:00:00.000Z',
          end: '2027-03-01T12:00:00.000Z',
        },
      });
      expect(byKind.freeze).toMatchObject({
        prospective: true,
        freezeId: frozen.body.id,
        freeze: {
          title: 'Month-end close',
          reason: 'Ledgers are being closed',
          entityRefs: ['system:default/money'],
        },
        releases: [],
      });
      const named = insights.conflicts.flatMap((c: any) => c.releaseIds);
      expect(named).not.toContain(otherDraft.id);

      // The planned release and the calendar see no conflict with either draft.
      const planned = await insightsOf(payments.id);
      expect(planned.conflicts.flatMap((c: any) => c.releaseIds)).not.toEqual(
        expect.arrayContaining([draft.id]),
      );
      expect(planned.conflicts.every((c: any) => !c.prospective)).toBe(true);
      const calendar = await api().get('/api/releases/calendar').query({
        from: '2027-03-01T00:00:00Z',
        to: '2027-03-02T00:00:00Z',
      });
      expect(calendar.status).toBe(200);
      const onCalendar = calendar.body.conflicts.flatMap(
        (c: any) => c.releaseIds,
      );
      expect(onCalendar).not.toContain(draft.id);
      expect(onCalendar).not.toContain(otherDraft.id);
      expect(onCalendar).toContain(payments.id);
    });
  },
);
