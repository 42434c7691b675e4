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
// The test starts the real Releases backend plugin with this module (a dev dependency only).
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releasesPlugin from '@releasekit/plugin-releases-backend';
import request from 'supertest';
import catalogChecksModule from './index';

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';

function entity(kind: string, name: string, spec: object, extra = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', ...extra },
    spec,
  };
}

/** A team, a component with TechDocs, and one with neither TechDocs nor an API definition. */
const entities: Entity[] = [
  entity('Group', 'checkout-team', { type: 'team', children: [] }),
  entity(
    'Component',
    'checkout-service',
    { type: 'service', lifecycle: 'production', owner: 'checkout-team' },
    { annotations: { 'backstage.io/techdocs-ref': 'dir:.' } },
  ),
  entity('Component', 'cart-service', {
    type: 'service',
    lifecycle: 'production',
    owner: 'checkout-team',
  }),
];

describe('the catalog checks module in the Releases backend', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        releasesPlugin,
        catalogChecksModule,
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.rootConfig.factory({
          data: { app: { baseUrl: 'http://portal.example.com' } },
        }),
        catalogServiceMock.factory({ entities }),
        createServiceFactory({
          service: notificationService,
          deps: {},
          factory: () => ({ send: async () => {} }),
        }),
      ],
    });
  });

  afterAll(() => backend?.stop());

  it('settles the catalog items of a release when its checks are run', async () => {
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
      });
    expect(created.status).toBe(201);

    const run = await api().post(
      `/api/releases/releases/${created.body.id}/checks/run`,
    );
    expect(run.status).toBe(200);

    const page = await api().get(`/api/releases/releases/${created.body.id}`);
    const catalogItems = page.body.checklist
      .filter((i: { check: string | null }) => i.check?.startsWith('catalog.'))
      .map((i: any) => [i.componentRef, i.check, i.state, i.note, i.doneBy]);
    expect(catalogItems.sort()).toEqual([
      [
        CART,
        'catalog.docs',
        'open',
        expect.stringMatching(/no TechDocs/),
        null,
      ],
      [CART, 'catalog.owner', 'done', null, 'provider:catalog'],
      [CHECKOUT, 'catalog.docs', 'done', null, 'provider:catalog'],
      [CHECKOUT, 'catalog.owner', 'done', null, 'provider:catalog'],
    ]);
    const checkoutDocs = page.body.checklist.find(
      (i: any) => i.componentRef === CHECKOUT && i.check === 'catalog.docs',
    );
    expect(checkoutDocs.evidenceUrl).toBe(
      'http://portal.example.com/catalog/default/component/checkout-service',
    );
    const cartDocs = page.body.checklist.find(
      (i: any) => i.componentRef === CART && i.check === 'catalog.docs',
    );
    expect(cartDocs.note).toBe(
      'The component has no TechDocs (backstage.io/techdocs-ref) and provides no API with a definition.',
    );
  });
});
