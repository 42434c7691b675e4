import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  findConflicts,
  readinessFromCounts,
  suggestReleaseOrder,
  type ComponentInsight,
  type Conflict,
  type ConflictRelease,
  type InsightWarning,
  type RelatedEntity,
  type ReleaseInsights,
} from '@releasekit/plugin-releases-common';
import {
  type CatalogNode,
  readDependencyGraph,
} from '../catalog/DependencyGraph';
import type { ReleaseStore } from '../database/ReleaseStore';
import type { StoredRelease, StoredReleaseSummary } from '../database/types';
import type { DefaultFreezeService } from './DefaultFreezeService';
import type { InsightsService } from './InsightsService';

/** Releases that can collide with one another are few per window; this bounds one query. */
const MAX_NEIGHBOUR_RELEASES = 500;

function toConflictRelease(r: StoredReleaseSummary): ConflictRelease {
  return {
    id: r.id,
    title: r.title,
    version: r.version,
    status: r.status,
    owner: r.owner,
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
    components: r.components,
  };
}

function label(r: { title: string; version: string }) {
  return `${r.title} ${r.version}`;
}

/** Everything a component depends on: catalog dependsOn, and the providers of the APIs it consumes. */
function dependenciesOf(
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
function dependentsOf(
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

/**
 * Catalog-linked insights for a release: dependencies and dependents of each component, the order to
 * release them in, warnings and scheduling conflicts. When the catalog cannot be read the answer is
 * still given, `degraded`, from what the database knows.
 */
export class DefaultInsightsService implements InsightsService {
  constructor(
    private readonly store: ReleaseStore,
    private readonly catalog: CatalogService,
    private readonly freezes: DefaultFreezeService,
    private readonly logger: LoggerService,
  ) {}

  /** Conflicts of a release with other active releases overlapping its window and with freezes. */
  async conflictsOf(
    release: StoredRelease,
    dependsOn?: Map<string, string[]>,
  ): Promise<Conflict[]> {
    const start = Date.parse(release.windowStart);
    const end = Date.parse(release.windowEnd);
    const [neighbours, freezes] = await Promise.all([
      this.store.listReleases({
        filter: { statuses: ['planned', 'in_progress'], from: start, to: end },
        limit: MAX_NEIGHBOUR_RELEASES,
      }),
      this.freezes.occurrences(start, end),
    ]);
    const others = neighbours.items.filter(r => r.id !== release.id);
    return findConflicts({
      releases: [toConflictRelease(release), ...others.map(toConflictRelease)],
      freezes,
      dependsOn,
    }).filter(c => c.releaseIds.includes(release.id));
  }

  async insightsFor(
    id: string,
    credentials: BackstageCredentials,
  ): Promise<ReleaseInsights> {
    const release = await this.store.getRelease(id);
    if (!release) throw new NotFoundError(`No release with id ${id}`);
    return this.insights(release, credentials);
  }

  async insights(
    release: StoredRelease,
    credentials: BackstageCredentials,
  ): Promise<ReleaseInsights> {
    const refs = release.components.map(c => c.entityRef);
    let graph: Map<string, CatalogNode>;
    try {
      graph = await readDependencyGraph(this.catalog, refs, credentials);
    } catch (error) {
      this.logger.warn(
        `Insights for release ${release.id} are degraded: ${error}`,
      );
      return {
        releaseId: release.id,
        degraded: true,
        message: `The software catalog could not be read (${
          (error as Error).message
        }); dependencies, order and warnings are unavailable.`,
        components: release.components.map(c => ({
          entityRef: c.entityRef,
          owner: c.ownerRef,
          system: c.systemRef,
          dependencies: [],
          dependents: [],
        })),
        suggestedOrder: refs,
        cycles: [],
        warnings: [],
        conflicts: await this.conflictsOf(release),
      };
    }

    const inRelease = new Set(refs);
    const components: ComponentInsight[] = release.components.map(c => {
      const node = graph.get(c.entityRef);
      return {
        entityRef: c.entityRef,
        owner: node?.owner ?? c.ownerRef,
        system: node?.system ?? c.systemRef,
        dependencies: node ? dependenciesOf(node, graph, inRelease) : [],
        dependents: node ? dependentsOf(node, graph, inRelease) : [],
      };
    });

    const dependsOn = new Map(
      components.map(c => [c.entityRef, c.dependencies.map(d => d.entityRef)]),
    );
    // Outside the release too: conflicts look at other releases' components.
    for (const node of graph.values()) {
      if (!dependsOn.has(node.entityRef))
        dependsOn.set(node.entityRef, node.dependsOn);
    }
    const { order, cycles } = suggestReleaseOrder(refs, dependsOn);

    const warnings: InsightWarning[] = [
      ...cycles.map(cycle => ({
        kind: 'dependency_cycle' as const,
        message: `${cycle.join(
          ', ',
        )} depend on each other in a cycle; the suggested order releases them together, in the order they were added`,
        entityRefs: cycle,
      })),
      ...(await this.orderingRisks(release, components)),
      ...this.uninformedDependents(release, components),
    ];

    return {
      releaseId: release.id,
      degraded: false,
      components,
      suggestedOrder: order,
      cycles,
      warnings,
      conflicts: await this.conflictsOf(release, dependsOn),
    };
  }

  /** Dependencies outside this release whose own release ends after this one starts, or is live and not ready. */
  private async orderingRisks(
    release: StoredRelease,
    components: ComponentInsight[],
  ): Promise<InsightWarning[]> {
    const outside = [
      ...new Set(
        components.flatMap(c =>
          c.dependencies
            .filter(d => !d.inRelease && d.entityRef.startsWith('component:'))
            .map(d => d.entityRef),
        ),
      ),
    ];
    if (outside.length === 0) return [];
    const { items } = await this.store.listReleases({
      filter: { entityRefs: outside, statuses: ['planned', 'in_progress'] },
      limit: MAX_NEIGHBOUR_RELEASES,
    });
    const start = Date.parse(release.windowStart);
    const warnings: InsightWarning[] = [];
    for (const other of items.filter(r => r.id !== release.id)) {
      const deps = other.components
        .map(c => c.entityRef)
        .filter(ref => outside.includes(ref));
      const dependants = components
        .filter(c => c.dependencies.some(d => deps.includes(d.entityRef)))
        .map(c => c.entityRef);
      if (Date.parse(other.windowEnd) > start) {
        warnings.push({
          kind: 'ordering_risk',
          message: `${deps.join(', ')}, which ${dependants.join(
            ', ',
          )} depend(s) on, is released in ${label(other)} until ${
            other.windowEnd
          }, after this release starts`,
          entityRefs: [...deps, ...dependants],
          releaseIds: [other.id],
        });
      } else if (
        other.status === 'in_progress' &&
        !readinessFromCounts(other.counts).ready
      ) {
        warnings.push({
          kind: 'ordering_risk',
          message: `${deps.join(', ')} is in ${label(
            other,
          )}, which is in progress but not ready`,
          entityRefs: [...deps, ...dependants],
          releaseIds: [other.id],
        });
      }
    }
    return warnings;
  }

  /** Teams owning dependents who are neither stakeholders nor already involved in the release. */
  private uninformedDependents(
    release: StoredRelease,
    components: ComponentInsight[],
  ): InsightWarning[] {
    const involved = new Set([
      release.owner,
      ...release.stakeholders,
      ...components.map(c => c.owner).filter((o): o is string => !!o),
    ]);
    const byTeam = new Map<string, Set<string>>();
    for (const component of components) {
      for (const dependent of component.dependents) {
        if (
          dependent.inRelease ||
          !dependent.owner ||
          involved.has(dependent.owner)
        )
          continue;
        const set = byTeam.get(dependent.owner) ?? new Set<string>();
        set.add(dependent.entityRef);
        byTeam.set(dependent.owner, set);
      }
    }
    return [...byTeam].map(([team, dependents]) => ({
      kind: 'uninformed_dependents' as const,
      message: `${team} owns ${[...dependents].join(
        ', ',
      )}, which depend(s) on this release, and is not a stakeholder: tell them`,
      entityRefs: [team, ...dependents],
    }));
  }
}
