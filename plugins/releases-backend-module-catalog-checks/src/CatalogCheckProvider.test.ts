import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogCheckProvider } from './CatalogCheckProvider';

function component(name: string, spec: object, relations = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', ...spec },
    relations,
  };
}

const entities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-a', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'orders-api', namespace: 'default' },
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      definition: 'openapi: 3.0.0',
    },
  },
  component('orders', {
    owner: 'team-a',
    lifecycle: 'production',
    providesApis: ['orders-api'],
  }),
  component('labs', { owner: 'team-gone', lifecycle: 'experimental' }),
];

function provider(appBaseUrl?: string) {
  const catalog = catalogServiceMock({ entities });
  const byRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
  return {
    byRefs,
    provider: new CatalogCheckProvider({
      catalog,
      auth: mockServices.auth(),
      appBaseUrl,
    }),
  };
}

const ORDERS = 'component:default/orders';
const LABS = 'component:default/labs';
const GONE = 'component:default/gone';
const ALL = ['catalog.owner', 'catalog.lifecycle', 'catalog.docs'];
const signal = new AbortController().signal;

describe('CatalogCheckProvider', () => {
  it('handles the catalog check keys and nothing else', () => {
    const { provider: p } = provider();
    expect(ALL.every(c => p.handles(c))).toBe(true);
    expect(p.handles('ci.tests')).toBe(false);
    expect(p.handles('tech-insights:docs')).toBe(false);
  });

  it('evaluates every asked pair in two batched catalog reads, as the backend itself', async () => {
    const { provider: p, byRefs } = provider();
    const results = await p.evaluate({
      entityRefs: [ORDERS, LABS, GONE],
      checks: [...ALL, 'ci.tests'],
      signal,
    });
    expect(results.map(r => [r.entityRef, r.check, r.status])).toEqual([
      [ORDERS, 'catalog.owner', 'passed'],
      [ORDERS, 'catalog.lifecycle', 'passed'],
      [ORDERS, 'catalog.docs', 'passed'],
      [LABS, 'catalog.owner', 'failed'],
      [LABS, 'catalog.lifecycle', 'failed'],
      [LABS, 'catalog.docs', 'failed'],
      [GONE, 'catalog.owner', 'failed'],
      [GONE, 'catalog.lifecycle', 'failed'],
      [GONE, 'catalog.docs', 'failed'],
    ]);
    expect(results.find(r => r.entityRef === GONE)?.summary).toBe(
      'The component component:default/gone is not in the catalog.',
    );
    expect(results.every(r => r.url === undefined)).toBe(true);
    expect(byRefs).toHaveBeenCalledTimes(2);
    expect(byRefs.mock.calls.map(([req]) => req.entityRefs)).toEqual([
      [ORDERS, LABS, GONE],
      [
        'group:default/team-a',
        'api:default/orders-api',
        'group:default/team-gone',
      ],
    ]);
    const [, options] = byRefs.mock.calls[0];
    expect(options && 'credentials' in options && options.credentials).toEqual(
      expect.objectContaining({
        principal: expect.objectContaining({ type: 'service' }),
      }),
    );
  });

  it('links each result to the component page when the portal address is known', async () => {
    const { provider: p } = provider('https://portal.example.com/');
    const [result] = await p.evaluate({
      entityRefs: [LABS],
      checks: ['catalog.lifecycle'],
      signal,
    });
    expect(result).toEqual({
      entityRef: LABS,
      check: 'catalog.lifecycle',
      status: 'failed',
      summary:
        "The component's lifecycle is experimental, not ready for a production release.",
      url: 'https://portal.example.com/catalog/default/component/labs',
    });
  });

  it('reads nothing when asked for no catalog check, and stops when the run is aborted', async () => {
    const { provider: p, byRefs } = provider();
    expect(
      await p.evaluate({ entityRefs: [ORDERS], checks: ['ci.tests'], signal }),
    ).toEqual([]);
    expect(byRefs).not.toHaveBeenCalled();
    const aborted = AbortSignal.abort(new Error('timed out'));
    await expect(
      p.evaluate({ entityRefs: [ORDERS], checks: ALL, signal: aborted }),
    ).rejects.toThrow('timed out');
  });
});
