import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  type Entity,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/** One entity of the dependency neighbourhood, as the catalog's relations describe it. */
export interface CatalogNode {
  entityRef: string;
  kind: string;
  owner: string | null;
  system: string | null;
  dependsOn: string[];
  dependencyOf: string[];
  providesApis: string[];
  consumesApis: string[];
}

const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.system',
  'relations',
];

function targets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef.toLocaleLowerCase('en-US'));
}

function toNode(entity: Entity): CatalogNode {
  const system = targets(entity, RELATION_PART_OF).find(r =>
    r.startsWith('system:'),
  );
  return {
    entityRef: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    kind: entity.kind.toLocaleLowerCase('en-US'),
    owner: targets(entity, RELATION_OWNED_BY)[0] ?? null,
    system: system ?? null,
    dependsOn: targets(entity, RELATION_DEPENDS_ON),
    dependencyOf: targets(entity, RELATION_DEPENDENCY_OF),
    providesApis: targets(entity, RELATION_PROVIDES_API),
    consumesApis: targets(entity, RELATION_CONSUMES_API),
  };
}

/**
 * Reads the release's components and their direct neighbourhood from the catalog with the caller's
 * credentials, in two requests whatever the number of components: the components themselves, then
 * everything they depend on, everything that depends on them, the providers of the APIs they consume
 * and the consumers of the APIs they provide, in one filtered query.
 */
export async function readDependencyGraph(
  catalog: CatalogService,
  componentRefs: string[],
  credentials: BackstageCredentials,
): Promise<Map<string, CatalogNode>> {
  const nodes = new Map<string, CatalogNode>();
  if (componentRefs.length === 0) return nodes;

  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: componentRefs, fields: FIELDS },
    { credentials },
  );
  const own = items.filter((e): e is Entity => !!e).map(toNode);
  own.forEach(node => nodes.set(node.entityRef, node));

  const consumed = [...new Set(own.flatMap(n => n.consumesApis))];
  const provided = [...new Set(own.flatMap(n => n.providesApis))];
  const filter: Record<string, string[]>[] = [
    { 'relations.dependencyOf': componentRefs },
    { 'relations.dependsOn': componentRefs },
    ...(consumed.length ? [{ 'relations.providesApi': consumed }] : []),
    ...(provided.length ? [{ 'relations.consumesApi': provided }] : []),
  ];
  const { items: neighbours } = await catalog.getEntities(
    { filter, fields: FIELDS },
    { credentials },
  );
  for (const entity of neighbours) {
    const node = toNode(entity);
    if (!nodes.has(node.entityRef)) nodes.set(node.entityRef, node);
  }
  return nodes;
}
