import type {
  ComponentInsight,
  ReleaseInsights,
} from '@releasekit/plugin-releases-common';
import { buildReleaseDependencyGraph } from './buildReleaseDependencyGraph';

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';
const PAYMENTS = 'component:default/payments-service';
const MOBILE = 'component:default/mobile-app';
const DB = 'resource:default/orders-db';
const CHECKOUT_TEAM = 'group:default/checkout-team';

function insightsOf(
  components: ComponentInsight[],
  more: Partial<ReleaseInsights> = {},
): ReleaseInsights {
  return {
    releaseId: 'rel-1',
    releaseStatus: 'planned',
    degraded: false,
    components,
    suggestedOrder: components.map(c => c.entityRef),
    cycles: [],
    warnings: [],
    conflicts: [],
    ...more,
  };
}

describe('buildReleaseDependencyGraph: what it draws', () => {
  it('draws the release components highlighted and their outside neighbours muted, dependent to dependency', () => {
    const graph = buildReleaseDependencyGraph(
      insightsOf([
        {
          entityRef: CHECKOUT,
          owner: CHECKOUT_TEAM,
          system: null,
          dependencies: [
            {
              entityRef: DB,
              owner: 'group:platform/dba',
              via: 'dependsOn',
              inRelease: false,
            },
          ],
          dependents: [
            {
              entityRef: MOBILE,
              owner: 'user:default/jane',
              via: 'api:default/checkout-api',
              inRelease: false,
            },
          ],
        },
      ]),
    );

    expect(graph.nodes).toEqual([
      {
        id: CHECKOUT,
        name: 'checkout-service',
        owner: 'checkout-team',
        inRelease: true,
        inCycle: false,
      },
      {
        // Not a component, nor in the default namespace: kind and namespace are kept.
        id: DB,
        name: 'resource:orders-db',
        owner: 'platform/dba',
        inRelease: false,
        inCycle: false,
      },
      {
        id: MOBILE,
        name: 'mobile-app',
        owner: 'user:jane',
        inRelease: false,
        inCycle: false,
      },
    ]);
    expect(graph.edges).toEqual([
      { from: CHECKOUT, to: DB, apiRefs: [] },
      {
        from: MOBILE,
        to: CHECKOUT,
        apiRefs: ['api:default/checkout-api'],
        label: 'checkout-api',
      },
    ]);
  });
});

describe('buildReleaseDependencyGraph: merging what the catalog reports', () => {
  it('draws a link reported from both ends once, and merges dependsOn and APIs between one pair', () => {
    const graph = buildReleaseDependencyGraph(
      insightsOf(
        [
          {
            entityRef: CHECKOUT,
            owner: CHECKOUT_TEAM,
            system: null,
            dependencies: [
              {
                entityRef: CART,
                owner: CHECKOUT_TEAM,
                via: 'dependsOn',
                inRelease: true,
              },
              {
                entityRef: CART,
                owner: CHECKOUT_TEAM,
                via: 'api:default/cart-api',
                inRelease: true,
              },
              {
                entityRef: CART,
                owner: CHECKOUT_TEAM,
                via: 'api:pricing/prices',
                inRelease: true,
              },
            ],
            dependents: [],
          },
          {
            entityRef: CART,
            owner: CHECKOUT_TEAM,
            system: null,
            dependencies: [],
            dependents: [
              {
                entityRef: CHECKOUT,
                owner: CHECKOUT_TEAM,
                via: 'dependsOn',
                inRelease: true,
              },
              {
                entityRef: CHECKOUT,
                owner: CHECKOUT_TEAM,
                via: 'api:default/cart-api',
                inRelease: true,
              },
            ],
          },
        ],
        { suggestedOrder: [CART, CHECKOUT] },
      ),
    );

    // Nodes follow the suggested order, dependencies first.
    expect(graph.nodes.map(n => [n.id, n.inRelease])).toEqual([
      [CART, true],
      [CHECKOUT, true],
    ]);
    expect(graph.edges).toEqual([
      {
        from: CHECKOUT,
        to: CART,
        apiRefs: ['api:default/cart-api', 'api:pricing/prices'],
        label: 'cart-api, pricing/prices',
      },
    ]);
  });

  it('takes an owner a neighbour is first reported without from a later report', () => {
    const graph = buildReleaseDependencyGraph(
      insightsOf([
        {
          entityRef: CHECKOUT,
          owner: CHECKOUT_TEAM,
          system: null,
          dependencies: [
            { entityRef: DB, owner: null, via: 'dependsOn', inRelease: false },
          ],
          dependents: [],
        },
        {
          entityRef: CART,
          owner: CHECKOUT_TEAM,
          system: null,
          dependencies: [
            {
              entityRef: DB,
              owner: 'group:default/dba',
              via: 'dependsOn',
              inRelease: false,
            },
          ],
          dependents: [],
        },
      ]),
    );

    expect(graph.nodes.find(n => n.id === DB)?.owner).toBe('dba');
    expect(graph.edges).toHaveLength(2);
  });
});

describe('buildReleaseDependencyGraph: cycles and an unreadable catalog', () => {
  it('marks the components of a cycle, and only those', () => {
    const dependsOn = (entityRef: string) => ({
      entityRef,
      owner: CHECKOUT_TEAM,
      via: 'dependsOn',
      inRelease: true,
    });
    const graph = buildReleaseDependencyGraph(
      insightsOf(
        [
          {
            entityRef: CART,
            owner: CHECKOUT_TEAM,
            system: null,
            dependencies: [dependsOn(PAYMENTS)],
            dependents: [dependsOn(PAYMENTS), dependsOn(CHECKOUT)],
          },
          {
            entityRef: PAYMENTS,
            owner: CHECKOUT_TEAM,
            system: null,
            dependencies: [dependsOn(CART)],
            dependents: [dependsOn(CART)],
          },
          {
            entityRef: CHECKOUT,
            owner: CHECKOUT_TEAM,
            system: null,
            dependencies: [dependsOn(CART)],
            dependents: [],
          },
        ],
        { cycles: [[CART, PAYMENTS]] },
      ),
    );

    expect(Object.fromEntries(graph.nodes.map(n => [n.id, n.inCycle]))).toEqual(
      { [CART]: true, [PAYMENTS]: true, [CHECKOUT]: false },
    );
    expect(graph.edges.map(e => [e.from, e.to])).toEqual([
      [CART, PAYMENTS],
      [PAYMENTS, CART],
      [CHECKOUT, CART],
    ]);
    expect(graph.edges.every(e => e.label === undefined)).toBe(true);
  });

  it('has nothing to draw when the catalog could not be read', () => {
    const graph = buildReleaseDependencyGraph(
      insightsOf([], {
        degraded: true,
        suggestedOrder: [CART, CHECKOUT],
      }),
    );

    expect(graph).toEqual({ nodes: [], edges: [] });
  });
});
