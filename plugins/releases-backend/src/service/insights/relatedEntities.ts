import type { RelatedEntity } from '@releasekit/plugin-releases-common';
import type { CatalogNode } from '../../catalog/DependencyGraph';

/** Everything a component depends on: catalog dependsOn, and the providers of the APIs it consumes. */
export function dependenciesOf(
  node: CatalogNode,
  graph: Map<string, CatalogNode>,
  inRelease: Set<string>,
) {
  const related: RelatedEntity[] = node.dependsOn.map(ref => ({
    entityRef: ref,
    owner: graph.get(ref)?.owner ?? null,
    via: 'dependsOn',
    inRelease: inRelease.has(ref),
  }));
  for (const api of node.consumesApis) {
    for (const provider of graph.values()) {
      if (
        provider.entityRef !== node.entityRef &&
        provider.providesApis.includes(api)
      ) {
        related.push({
          entityRef: provider.entityRef,
          owner: provider.owner,
          via: api,
          inRelease: inRelease.has(provider.entityRef),
        });
      }
    }
  }
  return related;
}

/** Everything that depends on a component: catalog dependencyOf, and consumers of the APIs it provides. */
export function dependentsOf(
  node: CatalogNode,
  graph: Map<string, CatalogNode>,
  inRelease: Set<string>,
) {
  const related: RelatedEntity[] = node.dependencyOf.map(ref => ({
    entityRef: ref,
    owner: graph.get(ref)?.owner ?? null,
    via: 'dependsOn',
    inRelease: inRelease.has(ref),
  }));
  for (const api of node.providesApis) {
    for (const consumer of graph.values()) {
      if (
        consumer.entityRef !== node.entityRef &&
        consumer.consumesApis.includes(api)
      ) {
        related.push({
          entityRef: consumer.entityRef,
          owner: consumer.owner,
          via: api,
          inRelease: inRelease.has(consumer.entityRef),
        });
      }
    }
  }
  return related;
}
