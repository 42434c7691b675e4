import type { Entity } from '@backstage/catalog-model';
import {
  checkDocs,
  checkLifecycle,
  checkOwner,
  ownerRef,
  providedApiRefs,
  relatedRefs,
} from './catalogRules';

function component(spec: object, extra: Partial<Entity> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'cart', namespace: 'shop', ...extra.metadata },
    spec: { type: 'service', ...spec },
    relations: extra.relations,
  };
}

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'cart-team', namespace: 'shop' },
  spec: { type: 'team', children: [] },
};

function api(name: string, definition?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name, namespace: 'shop' },
    spec: { type: 'openapi', lifecycle: 'production', definition },
  };
}

const catalogOf =
  (...entities: Entity[]) =>
  (ref: string) =>
    entities.find(
      e =>
        `${e.kind.toLowerCase()}:${e.metadata.namespace}/${e.metadata.name}` ===
        ref,
    );

describe('catalog.owner', () => {
  it('passes when the owner named in spec.owner is in the catalog', () => {
    expect(
      checkOwner(component({ owner: 'cart-team' }), catalogOf(team)),
    ).toEqual({ status: 'passed' });
  });

  it('reads the owner from the ownedBy relation the catalog adds', () => {
    const entity = component(
      { owner: 'cart-team' },
      { relations: [{ type: 'ownedBy', targetRef: 'group:shop/cart-team' }] },
    );
    expect(ownerRef(entity)).toBe('group:shop/cart-team');
    expect(checkOwner(entity, catalogOf(team)).status).toBe('passed');
  });

  it('fails, saying why, without an owner or with an owner the catalog does not know', () => {
    expect(checkOwner(component({}), catalogOf(team))).toEqual({
      status: 'failed',
      summary: 'The component has no owner (spec.owner).',
    });
    expect(
      checkOwner(component({ owner: 'user:ghost' }), catalogOf(team)),
    ).toEqual({
      status: 'failed',
      summary: 'The owner user:shop/ghost is not in the catalog.',
    });
  });
});

describe('catalog.lifecycle', () => {
  it.each(['production', 'beta', 'internal'])('passes for %s', lifecycle => {
    expect(checkLifecycle(component({ lifecycle })).status).toBe('passed');
  });

  it.each(['experimental', 'Deprecated'])('fails for %s', lifecycle => {
    expect(checkLifecycle(component({ lifecycle }))).toEqual({
      status: 'failed',
      summary: `The component's lifecycle is ${lifecycle}, not ready for a production release.`,
    });
  });

  it('fails when no lifecycle is declared', () => {
    expect(checkLifecycle(component({ lifecycle: ' ' }))).toEqual({
      status: 'failed',
      summary: 'The component has no lifecycle (spec.lifecycle).',
    });
  });
});

describe('catalog.docs', () => {
  const techdocs = {
    metadata: {
      name: 'cart',
      annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
    },
  };

  it('passes with a TechDocs annotation, without looking at APIs', () => {
    const entity = component({ providesApis: ['cart-api'] }, techdocs);
    expect(checkDocs(entity, catalogOf()).status).toBe('passed');
    expect(relatedRefs(entity, ['catalog.docs'])).toEqual([]);
  });

  it('passes when a provided API has a definition in the catalog', () => {
    const entity = component({ providesApis: ['cart-api', 'api:legacy'] });
    expect(providedApiRefs(entity)).toEqual([
      'api:shop/cart-api',
      'api:shop/legacy',
    ]);
    expect(
      checkDocs(
        entity,
        catalogOf(api('legacy'), api('cart-api', 'openapi: 3.0.0')),
      ).status,
    ).toBe('passed');
  });

  it('follows providesApi relations', () => {
    const entity = component(
      {},
      { relations: [{ type: 'providesApi', targetRef: 'api:shop/cart-api' }] },
    );
    expect(relatedRefs(entity, ['catalog.docs', 'catalog.lifecycle'])).toEqual([
      'api:shop/cart-api',
    ]);
    expect(checkDocs(entity, catalogOf(api('cart-api', 'type Query')))).toEqual(
      {
        status: 'passed',
      },
    );
  });

  it('fails, saying why, when neither TechDocs nor an API definition is there', () => {
    expect(checkDocs(component({}), catalogOf())).toEqual({
      status: 'failed',
      summary:
        'The component has no TechDocs (backstage.io/techdocs-ref) and provides no API with a definition.',
    });
    expect(
      checkDocs(
        component({ providesApis: ['cart-api'] }),
        catalogOf(api('cart-api')),
      ),
    ).toEqual({
      status: 'failed',
      summary:
        'The component has no TechDocs (backstage.io/techdocs-ref) and none of its APIs (api:shop/cart-api) has a definition in the catalog.',
    });
  });
});

describe('relatedRefs', () => {
  it('asks for the owner only when catalog.owner is evaluated', () => {
    const entity = component({ owner: 'cart-team' });
    expect(relatedRefs(entity, ['catalog.owner'])).toEqual([
      'group:shop/cart-team',
    ]);
    expect(relatedRefs(entity, ['catalog.lifecycle'])).toEqual([]);
  });
});
