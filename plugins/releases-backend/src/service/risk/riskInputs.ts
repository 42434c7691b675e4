import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  computeReadiness,
  type ReleaseInsights,
  type RiskInput,
} from '@releasekit/plugin-releases-common';
import type { RiskStore } from '../../database/RiskStore';
import type {
  StoredRelease,
  StoredReleaseWithChecklist,
} from '../../database/types';
import { type FreezeOccurrences, isNearFreeze } from './freezeProximity';

/** Where the counts of a release's risk come from. */
export interface RiskSources {
  risks: Pick<RiskStore, 'changeFailures'>;
  /** DefaultInsightsService: dependency warnings and conflicts, as the insights tab shows them. */
  insights: {
    insights(
      release: StoredRelease,
      credentials: BackstageCredentials,
    ): Promise<ReleaseInsights>;
  };
  freezes: FreezeOccurrences;
  logger: LoggerService;
}

export interface RiskInputOptions {
  credentials: BackstageCredentials;
  freezeProximityMs: number;
  lookBackMs: number;
}

/**
 * The counts the risk of each of these releases is made of. Failed checks come with each loaded
 * release; change failures are one query for the whole batch; insights and freezes are read per release, as its insights tab
 * reads them. A release whose inputs cannot be read is logged and left out: its last risk stands.
 */
export async function riskInputs(
  releases: StoredReleaseWithChecklist[],
  sources: RiskSources,
  options: RiskInputOptions,
): Promise<Map<string, RiskInput>> {
  const ids = releases.map(r => r.id);
  const changeFailures = await sources.risks.changeFailures(
    ids,
    options.lookBackMs,
  );
  const inputs = new Map<string, RiskInput>();
  for (const release of releases) {
    try {
      const [insights, nearFreeze] = await Promise.all([
        sources.insights.insights(release, options.credentials),
        isNearFreeze(release, sources.freezes, options.freezeProximityMs),
      ]);
      const readiness = computeReadiness(
        release.components.map(c => c.entityRef),
        release.checklist,
      );
      inputs.set(release.id, {
        openRequiredItems: readiness.requiredOpen,
        // Required or not: a failing check is a risk even where it does not block the release.
        failedChecks: release.failedChecks.length,
        declaredRisks: release.risks,
        components: release.components.length,
        // Degraded insights (catalog unreachable) know no warnings, but still the conflicts.
        dependencyWarnings: insights.degraded ? 0 : insights.warnings.length,
        conflicts: insights.conflicts.length,
        nearFreeze,
        changeFailures: changeFailures.get(release.id) ?? 0,
      });
    } catch (error) {
      sources.logger.warn(
        `Could not read what the risk of release ${release.id} is made of: ${error}`,
      );
    }
  }
  return inputs;
}
