import type { Entity } from '@backstage/catalog-model';

export interface NodeSpec {
  owner: string;
  system?: string;
  dependsOn?: string[];
  providesApis?: string[];
  consumesApis?: string[];
}

/**
 * Builds catalog entities with their relations in both directions, as the catalog's processing
 * would, from a compact description: component name → owner, system, dependencies and APIs.
 */
export function graphCatalog(nodes: Record<string, NodeSpec>): Entity[] {
  const relations = new Map<
    string,
    Array<{ type: string; targetRef: string }>
  >();
  const add = (from: string, type: string, to: string) => {
    const list = relations.get(from) ?? [];
    list.push({ type, targetRef: to });
    relations.set(from, list);
  };
  const ref = (name: string) => `component:default/${name}`;
  const apiRef = (name: string) => `api:default/${name}`;
  const apis = new Set<string>();
  for (const [name, spec] of Object.entries(nodes)) {
    add(ref(name), 'ownedBy', `group:default/${spec.owner}`);
    if (spec.system) add(ref(name), 'partOf', `system:default/${spec.system}`);
    for (const dep of spec.dependsOn ?? []) {
      add(ref(name), 'dependsOn', ref(dep));
      add(ref(dep), 'dependencyOf', ref(name));
    }
    for (const api of spec.providesApis ?? []) {
      apis.add(api);
      add(ref(name), 'providesApi', apiRef(api));
      add(apiRef(api), 'apiProvidedBy', ref(name));
    }
    for (const api of spec.consumesApis ?? []) {
      apis.add(api);
      add(ref(name), 'consumesApi', apiRef(api));
      add(apiRef(api), 'apiConsumedBy', ref(name));
    }
  }
  const groups = new Set(Object.values(nodes).map(n => n.owner));
  return [
    ...[...groups].map(name => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name, namespace: 'default' },
      spec: { type: 'team', children: [] },
    })),
    ...Object.entries(nodes).map(([name, spec]) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, namespace: 'default' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: spec.owner,
        ...(spec.system ? { system: spec.system } : {}),
      },
      relations: relations.get(ref(name)) ?? [],
    })),
    ...[...apis].map(name => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name, namespace: 'default' },
      spec: {
        type: 'openapi',
        lifecycle: 'production',
        owner: 'x',
        definition: '',
      },
      relations: relations.get(apiRef(name)) ?? [],
    })),
  ];
}
