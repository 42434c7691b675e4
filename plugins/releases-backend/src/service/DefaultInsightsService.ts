import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  suggestReleaseOrder,
  type ComponentInsight,
  type ReleaseInsights,
} from '@releasekit/plugin-releases-common';
import {
  type CatalogNode,
  readDependencyGraph,
} from '../catalog/DependencyGraph';
import type { ReleaseStore } from '../database/ReleaseStore';
import type { StoredRelease } from '../database/types';
import type { DefaultFreezeService } from './DefaultFreezeService';
import type { InsightsService } from './InsightsService';
import {
  cycleWarnings,
  orderingRisks,
  uninformedDependents,
} from './insights/insightWarnings';
import { releaseConflicts } from './insights/releaseConflicts';
import { dependenciesOf, dependentsOf } from './insights/relatedEntities';

/** The catalog's part of a release's insights: dependencies and the order to release in. */
export interface ReleaseOrder {
  /** Set when the catalog could not be read: the order is then the release's own, without cycles. */
  unreadable?: Error;
  components: ComponentInsight[];
  /** The release's components, dependencies first. */
  suggestedOrder: string[];
  cycles: string[][];
  /** Every entity of the neighbourhood to what it depends on. */
  dependsOn: Map<string, string[]>;
}

/**
 * Catalog-linked insights for a release: dependencies and dependents of each component, the order to
 * release them in, warnings and scheduling conflicts. When the catalog cannot be read the answer is
 * still given, `degraded`, from what the database knows. Each insight carries its entity refs, other
 * releases and times as fields; the `message` sentences are kept for older clients, and clients
 * build their own in the viewer's words, locale and time zone.
 */
export class DefaultInsightsService implements InsightsService {
  constructor(
    private readonly store: ReleaseStore,
    private readonly catalog: CatalogService,
    private readonly freezes: DefaultFreezeService,
    private readonly logger: LoggerService,
  ) {}

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
    const order = await this.releaseOrder(release, credentials);
    if (order.unreadable) {
      return {
        releaseId: release.id,
        releaseStatus: release.status,
        degraded: true,
        message: `The software catalog could not be read (${order.unreadable.message}); dependencies, order and warnings are unavailable.`,
        components: order.components,
        suggestedOrder: order.suggestedOrder,
        cycles: [],
        warnings: [],
        conflicts: await releaseConflicts(this.store, this.freezes, release),
      };
    }
    const { components, suggestedOrder, cycles, dependsOn } = order;
    return {
      releaseId: release.id,
      releaseStatus: release.status,
      degraded: false,
      components,
      suggestedOrder,
      cycles,
      warnings: [
        ...cycleWarnings(cycles),
        ...(await orderingRisks(this.store, release, components)),
        ...uninformedDependents(release, components),
      ],
      conflicts: await releaseConflicts(
        this.store,
        this.freezes,
        release,
        dependsOn,
      ),
    };
  }

  /**
   * The part of the insights made from the catalog alone: each component's dependencies and
   * dependents, and the order. The runbook takes this without the warnings and conflicts, which
   * read the database. When the catalog cannot be read, the order is the release's own.
   */
  async releaseOrder(
    release: StoredRelease,
    credentials: BackstageCredentials,
  ): Promise<ReleaseOrder> {
    const refs = release.components.map(c => c.entityRef);
    let graph: Map<string, CatalogNode>;
    try {
      graph = await readDependencyGraph(this.catalog, refs, credentials);
    } catch (error) {
      this.logger.warn(
        `Insights for release ${release.id} are degraded: ${error}`,
      );
      return {
        unreadable: error as Error,
        components: release.components.map(c => ({
          entityRef: c.entityRef,
          owner: c.ownerRef,
          system: c.systemRef,
          dependencies: [],
          dependents: [],
        })),
        suggestedOrder: refs,
        cycles: [],
        dependsOn: new Map(),
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
    return { components, suggestedOrder: order, cycles, dependsOn };
  }
}
