import type { Entity } from '@backstage/catalog-model';

export function component(
  name: string,
  owner: string,
  system?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner,
      ...(system ? { system } : {}),
    },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}

export function group(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  };
}

export function user(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf: [] },
  };
}

/** A small organisation: two teams, a user, and 60 components across two systems. */
export function testCatalog(): Entity[] {
  return [
    group('checkout-team'),
    group('payments-team'),
    user('alice'),
    component('checkout-service', 'checkout-team', 'checkout'),
    component('cart-service', 'checkout-team', 'checkout'),
    component('payment-gateway', 'payments-team', 'payments'),
    ...Array.from({ length: 60 }, (_, i) =>
      component(`svc-${i}`, i % 2 ? 'checkout-team' : 'payments-team', 'bulk'),
    ),
  ];
}
