import {
  isClosedStatus,
  readinessFromCounts,
  type ComponentInsight,
  type InsightWarning,
} from '@releasekit/plugin-releases-common';
import type { ReleaseStore } from '../../database/ReleaseStore';
import type { StoredRelease } from '../../database/types';
import { insightRelease, releaseLabel } from './insightRelease';
import { MAX_NEIGHBOUR_RELEASES } from './releaseConflicts';

/** Components that depend on each other in a cycle; the suggested order releases them together. */
export function cycleWarnings(cycles: string[][]): InsightWarning[] {
  return cycles.map(cycle => ({
    kind: 'dependency_cycle',
    message: `${cycle.join(
      ', ',
    )} depend on each other in a cycle; the suggested order releases them together, in the order they were added`,
    entityRefs: cycle,
  }));
}

/**
 * Dependencies outside this release whose own release ends after this one starts, or is live and not
 * ready. These look forward: a finished release has none, whatever is released after it.
 */
export async function orderingRisks(
  store: ReleaseStore,
  release: StoredRelease,
  components: ComponentInsight[],
): Promise<InsightWarning[]> {
  if (isClosedStatus(release.status)) return [];
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
  const { items } = await store.listReleases({
    filter: { entityRefs: outside, statuses: ['planned', 'in_progress'] },
    limit: MAX_NEIGHBOUR_RELEASES,
  });
  const start = Date.parse(release.windowStart);
  const warnings: InsightWarning[] = [];
  for (const other of items.filter(r => r.id !== release.id)) {
    const dependencies = other.components
      .map(c => c.entityRef)
      .filter(ref => outside.includes(ref));
    const dependents = components
      .filter(c => c.dependencies.some(d => dependencies.includes(d.entityRef)))
      .map(c => c.entityRef);
    const common = {
      kind: 'ordering_risk' as const,
      entityRefs: [...dependencies, ...dependents],
      releaseIds: [other.id],
      dependencies,
      dependents,
      releases: [insightRelease(other)],
    };
    if (Date.parse(other.windowEnd) > start) {
      warnings.push({
        ...common,
        cause: 'ends_after_start',
        message: `${dependencies.join(', ')}, which ${dependents.join(
          ', ',
        )} depend(s) on, is released in ${releaseLabel(other)} until ${
          other.windowEnd
        }, after this release starts`,
      });
    } else if (
      other.status === 'in_progress' &&
      !readinessFromCounts(other.counts).ready
    ) {
      warnings.push({
        ...common,
        cause: 'in_progress_not_ready',
        message: `${dependencies.join(', ')} is in ${releaseLabel(
          other,
        )}, which is in progress but not ready`,
      });
    }
  }
  return warnings;
}

/** Teams owning dependents who are neither stakeholders nor already involved in the release. */
export function uninformedDependents(
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
  return [...byTeam].map(([team, refs]) => {
    const dependents = [...refs];
    return {
      kind: 'uninformed_dependents' as const,
      message: `${team} owns ${dependents.join(
        ', ',
      )}, which depend(s) on this release, and is not a stakeholder: tell them`,
      entityRefs: [team, ...dependents],
      team,
      dependents,
    };
  });
}
