import type { AuthService } from '@backstage/backend-plugin-api';
import {
  computeRisk,
  isoFromEpochMs,
  type ReleaseRisk,
} from '@releasekit/plugin-releases-common';
import type { ReleaseStore } from '../../database/ReleaseStore';
import type { RiskStore } from '../../database/RiskStore';
import type { StoredReleaseWithChecklist } from '../../database/types';
import { riskInputs, type RiskSources } from './riskInputs';
import type { RiskService } from './RiskService';
import type { RiskSettings } from './riskSettings';

/** Releases computed together: one query for their change failures. */
export const RISK_BATCH_SIZE = 100;

/** Tells open release pages that their release changed (ReleaseSignals). */
export interface ReleaseChangeSignals {
  changed(releaseIds: Iterable<string>): Promise<void>;
}

function sameRisk(before: ReleaseRisk | null, after: ReleaseRisk): boolean {
  return (
    before !== null &&
    before.score === after.score &&
    before.level === after.level &&
    JSON.stringify(before.factors) === JSON.stringify(after.factors)
  );
}

/** {@link RiskService} on the release store, the check results, insights and freezes. */
export class DefaultRiskService implements RiskService {
  constructor(
    private readonly deps: RiskSources & {
      store: Pick<ReleaseStore, 'getRelease'>;
      risks: RiskStore;
      auth: AuthService;
      signals: ReleaseChangeSignals;
      settings: RiskSettings;
      now?: () => number;
    },
  ) {}

  async refresh(releaseIds: string[]): Promise<string[]> {
    const ids = [...new Set(releaseIds)];
    const changed: string[] = [];
    for (let i = 0; i < ids.length; i += RISK_BATCH_SIZE) {
      const batch = await this.refreshBatch(ids.slice(i, i + RISK_BATCH_SIZE));
      // Open pages refetch as each batch lands, not after the last one.
      if (batch.length) await this.deps.signals.changed(batch);
      changed.push(...batch);
    }
    return changed;
  }

  async refreshAll(signal?: AbortSignal): Promise<void> {
    let after: string | undefined;
    while (!signal?.aborted) {
      const ids = await this.deps.risks.releasesToRefresh({
        after,
        limit: RISK_BATCH_SIZE,
      });
      if (ids.length === 0) return;
      await this.refresh(ids);
      after = ids[ids.length - 1];
    }
  }

  private async refreshBatch(ids: string[]): Promise<string[]> {
    const { store, risks, auth, settings } = this.deps;
    const releases: StoredReleaseWithChecklist[] = [];
    for (const id of ids) {
      const release = await store.getRelease(id);
      if (release) releases.push(release);
    }
    if (releases.length === 0) return [];
    const inputs = await riskInputs(releases, this.deps, {
      // No user asked: the refresh follows a change or the schedule, so it reads the catalog with
      // the plugin's own authority. What it stores is shown only to those who may read the release.
      credentials: await auth.getOwnServiceCredentials(),
      freezeProximityMs: settings.freezeProximityMs,
      lookBackMs: settings.lookBackMs,
    });
    const computedAt = isoFromEpochMs((this.deps.now ?? Date.now)());
    const changed: string[] = [];
    for (const release of releases) {
      const input = inputs.get(release.id);
      if (!input) continue;
      const risk = computeRisk(input, {
        weights: settings.weights,
        thresholds: settings.thresholds,
        computedAt,
      });
      const saved = await risks.saveRisk({
        releaseId: release.id,
        revision: release.revision,
        risk,
      });
      if (saved && !sameRisk(release.risk, risk)) changed.push(release.id);
    }
    return changed;
  }
}
