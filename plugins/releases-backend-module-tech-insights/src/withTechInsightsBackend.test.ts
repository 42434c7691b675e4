import {
  coreServices,
  createBackendModule,
  createBackendPlugin,
  createServiceFactory,
  type SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  type TestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import techInsightsBackend from '@backstage-community/plugin-tech-insights-backend';
import jsonRulesFactChecker from '@backstage-community/plugin-tech-insights-backend-module-jsonfc';
// The test starts the real Releases backend plugin with this module (a dev dependency only).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releasesPlugin from '@releasekit/plugin-releases-backend';
import Router from 'express-promise-router';
import request from 'supertest';
import techInsightsModule from './index';

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';

function component(name: string, annotations = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
  };
}

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'checkout-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  component('checkout-service', { 'backstage.io/techdocs-ref': 'dir:.' }),
  component('cart-service'),
];

/** Tech Insights' fact retrievers read the catalog over HTTP: a catalog answering `GET /entities`. */
const catalogOverHttp = createBackendPlugin({
  pluginId: 'catalog',
  register(env) {
    env.registerInit({
      deps: { http: coreServices.httpRouter },
      async init({ http }) {
        const router = Router();
        router.get('/entities', (_req, res) => {
          res.json(entities);
        });
        http.use(router);
      },
    });
  },
});

/** Tech Insights' scheduler, to retrieve facts now rather than at the next cron tick. */
let techInsightsScheduler: SchedulerService | undefined;
const schedulerProbe = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'scheduler-probe',
  register(env) {
    env.registerInit({
      deps: { scheduler: coreServices.scheduler },
      async init({ scheduler }) {
        techInsightsScheduler = scheduler;
      },
    });
  },
});

/** The demo portal's check (app-config.yaml), and a template whose component item waits for it. */
const config = {
  app: { baseUrl: 'http://localhost:3000' },
  // Each plugin gets its own in-memory SQLite database.
  backend: { database: { client: 'better-sqlite3', connection: ':memory:' } },
  techInsights: {
    factRetrievers: {
      techdocsFactRetriever: {
        cadence: '0 0 1 1 *',
        lifecycle: { maxItems: 1 },
      },
    },
    factChecker: {
      checks: {
        hasTechDocs: {
          type: 'json-rules-engine',
          name: 'Has TechDocs',
          description:
            'The component has the backstage.io/techdocs-ref annotation',
          factIds: ['techdocsFactRetriever'],
          rule: {
            conditions: {
              all: [
                {
                  fact: 'hasAnnotationBackstageIoTechdocsRef',
                  operator: 'equal',
                  value: true,
                },
              ],
            },
          },
        },
      },
    },
  },
  releases: {
    templates: [
      {
        id: 'scorecard',
        title: 'Scorecard',
        componentItems: [
          {
            title: 'TechDocs published',
            category: 'communication',
            check: 'tech-insights:hasTechDocs',
          },
        ],
      },
    ],
  },
};

async function factsStored(backend: TestBackend) {
  for (let i = 0; i < 50; i++) {
    const res = await request(backend.server)
      .get('/api/tech-insights/facts/latest')
      .query({ entity: CART, 'ids[]': 'techdocsFactRetriever' });
    if (res.body.techdocsFactRetriever) return;
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error('Tech Insights stored no facts');
}

describe('the Tech Insights module with the real Tech Insights backend', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        releasesPlugin,
        techInsightsModule,
        techInsightsBackend,
        jsonRulesFactChecker,
        catalogOverHttp,
        schedulerProbe,
        mockServices.rootConfig.factory({ data: config }),
        catalogServiceMock.factory({ entities }),
        createServiceFactory({
          service: notificationService,
          deps: {},
          factory: () => ({ send: async () => {} }),
        }),
      ],
    });
    await techInsightsScheduler!.triggerTask('techdocsFactRetriever');
    await factsStored(backend);
  });

  afterAll(() => backend?.stop());

  it('settles the items of a release from the check run through Tech Insights’ own client', async () => {
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

    const page = await api().get(`/api/releases/releases/${created.body.id}`);
    const items = page.body.checklist
      .filter((i: { check: string | null }) => i.check)
      .map((i: any) => [i.componentRef, i.state, i.note, i.doneBy]);
    expect(items.sort()).toEqual([
      [
        CART,
        'open',
        'Failed the Tech Insights check "Has TechDocs" (The component has the backstage.io/techdocs-ref annotation).',
        null,
      ],
      [CHECKOUT, 'done', null, 'provider:tech-insights'],
    ]);
  });
});
