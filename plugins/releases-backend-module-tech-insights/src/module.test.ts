import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  type TestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { techInsightsServiceRef } from '@backstage-community/plugin-tech-insights-node';
// The test starts the real Releases backend plugin with this module (a dev dependency only).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releasesPlugin from '@releasekit/plugin-releases-backend';
import request from 'supertest';
import {
  fakeTechInsights,
  techInsightsCheck,
} from './__testUtils__/fakeTechInsights';
import techInsightsModule from './index';

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';

function entity(kind: string, name: string, spec: object): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec,
  };
}

const entities: Entity[] = [
  entity('Group', 'checkout-team', { type: 'team', children: [] }),
  ...['checkout-service', 'cart-service'].map(name =>
    entity('Component', name, {
      type: 'service',
      lifecycle: 'production',
      owner: 'checkout-team',
    }),
  ),
];

/** A template whose one component item waits for Tech Insights' "has TechDocs" check. */
const config = {
  app: { baseUrl: 'http://localhost:3000' },
  releases: {
    templates: [
      {
        id: 'scorecard',
        title: 'Scorecard',
        componentItems: [
          {
            title: 'TechDocs published',
            category: 'communication',
            check: 'tech-insights:has-techdocs',
          },
        ],
      },
    ],
  },
};

describe('the Tech Insights module in the Releases backend', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  const techInsights = fakeTechInsights(
    [techInsightsCheck('has-techdocs', { name: 'Has TechDocs' })],
    { [CHECKOUT]: { 'has-techdocs': true }, [CART]: { 'has-techdocs': false } },
  );
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        releasesPlugin,
        techInsightsModule,
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.rootConfig.factory({ data: config }),
        catalogServiceMock.factory({ entities }),
        createServiceFactory({
          service: techInsightsServiceRef,
          deps: {},
          factory: () => techInsights.service,
        }),
        createServiceFactory({
          service: notificationService,
          deps: {},
          factory: () => ({ send: async () => {} }),
        }),
      ],
    });
  });

  afterAll(() => backend?.stop());

  it('settles tech-insights:<checkId> items from the check results when a release’s checks run', async () => {
    const api = () => request(backend.server);
    const created = await api()
      .post('/api/releases/releases')
      .send({
        title: 'Checkout',
        version: '2.4.0',
        windowStart: '2026-12-01T09:00:00Z',
        windowEnd: '2026-12-01T13:00:00Z',
        owner: 'group:default/checkout-team',
        components: [CHECKOUT, CART],
        templateId: 'scorecard',
      });
    expect(created.status).toBe(201);

    const run = await api().post(
      `/api/releases/releases/${created.body.id}/checks/run`,
    );
    expect(run.status).toBe(200);
    expect(
      techInsights.bulkRuns.map(r => ({ ...r, entities: r.entities.sort() })),
    ).toEqual([{ entities: [CART, CHECKOUT], checks: ['has-techdocs'] }]);

    const page = await api().get(`/api/releases/releases/${created.body.id}`);
    const items = page.body.checklist
      .filter((i: { check: string | null }) => i.check)
      .map((i: any) => [i.componentRef, i.check, i.state, i.note, i.doneBy]);
    expect(items.sort()).toEqual([
      [
        CART,
        'tech-insights:has-techdocs',
        'open',
        'Failed the Tech Insights check "Has TechDocs" (Checks has-techdocs).',
        null,
      ],
      [
        CHECKOUT,
        'tech-insights:has-techdocs',
        'done',
        null,
        'provider:tech-insights',
      ],
    ]);
  });
});
