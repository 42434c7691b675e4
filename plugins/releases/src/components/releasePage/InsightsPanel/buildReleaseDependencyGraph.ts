import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import type {
  ReleaseInsights,
  RelatedEntity,
} from '@releasekit/plugin-releases-common';

/** An entity drawn in the release's dependency graph; `id` is its entity ref. */
export interface ReleaseGraphNode {
  id: string;
  /** The entity's name, with its kind unless it is a component. */
  name: string;
  /** The owner's name, with its kind unless it is a group. */
  owner: string | null;
  /** Components of the release are highlighted; their neighbours outside it are muted. */
  inRelease: boolean;
  inCycle: boolean;
}

/** "`from` depends on `to`", directly or through the APIs named. */
export interface ReleaseGraphEdge {
  from: string;
  to: string;
  /** The API refs the link runs through; empty when it is a plain `dependsOn`. */
  apiRefs: string[];
  /** The APIs' names, comma-separated; absent for a plain `dependsOn` so no label is drawn. */
  label?: string;
}

export interface ReleaseDependencyGraphData {
  nodes: ReleaseGraphNode[];
  edges: ReleaseGraphEdge[];
}

const DEPENDS_ON = 'dependsOn';

/** Shortens an entity ref for display; a ref the catalog model cannot parse is shown as given. */
function displayName(ref: string, defaultKind: string) {
  try {
    return humanizeEntityRef(parseEntityRef(ref), { defaultKind });
  } catch {
    return ref;
  }
}

/**
 * Turns the insights into the nodes and edges of a graph: the release's components and their direct
 * dependencies and dependents, with an edge from each dependent to what it depends on. The same link
 * is reported from both ends when both are in the release, and a pair may be linked by `dependsOn`
 * and by APIs at once; the graph component draws one edge a pair, so those are merged.
 */
export function buildReleaseDependencyGraph(
  insights: ReleaseInsights,
): ReleaseDependencyGraphData {
  const inCycle = new Set(insights.cycles.flat());
  const nodes = new Map<string, ReleaseGraphNode>();
  const edges = new Map<string, ReleaseGraphEdge>();

  const addNode = (ref: string, owner: string | null, inRelease: boolean) => {
    const existing = nodes.get(ref);
    if (existing) {
      existing.inRelease ||= inRelease;
      existing.owner ??= owner && displayName(owner, 'group');
      return;
    }
    nodes.set(ref, {
      id: ref,
      name: displayName(ref, 'component'),
      owner: owner && displayName(owner, 'group'),
      inRelease,
      inCycle: inCycle.has(ref),
    });
  };

  const addEdge = (from: string, to: string, via: string) => {
    if (from === to) return;
    const key = JSON.stringify([from, to]);
    const edge = edges.get(key) ?? { from, to, apiRefs: [] };
    edges.set(key, edge);
    if (via !== DEPENDS_ON && !edge.apiRefs.includes(via)) {
      edge.apiRefs.push(via);
    }
  };

  const addRelated = (related: RelatedEntity) =>
    addNode(related.entityRef, related.owner, related.inRelease);

  // Release components first, in the suggested order, so the layout starts from a stable order.
  const rank = new Map(insights.suggestedOrder.map((ref, i) => [ref, i]));
  const components = [...insights.components].sort(
    (a, b) =>
      (rank.get(a.entityRef) ?? rank.size) -
      (rank.get(b.entityRef) ?? rank.size),
  );
  for (const component of components) {
    addNode(component.entityRef, component.owner, true);
  }
  for (const component of components) {
    for (const dependency of component.dependencies) {
      addRelated(dependency);
      addEdge(component.entityRef, dependency.entityRef, dependency.via);
    }
    for (const dependent of component.dependents) {
      addRelated(dependent);
      addEdge(dependent.entityRef, component.entityRef, dependent.via);
    }
  }

  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].map(edge =>
      edge.apiRefs.length === 0
        ? edge
        : {
            ...edge,
            label: edge.apiRefs.map(ref => displayName(ref, 'api')).join(', '),
          },
    ),
  };
}
