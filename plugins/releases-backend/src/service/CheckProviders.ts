import type { LoggerService } from '@backstage/backend-plugin-api';
import type { CheckReport } from '@releasekit/plugin-releases-common';
import type { ReleaseCheckProvider } from '@releasekit/plugin-releases-node';
import type {
  CheckResultStore,
  PendingCheck,
} from '../database/CheckResultStore';

/** How long one provider may take for one run before its results are given up. */
const PROVIDER_TIMEOUT_MS = 60_000;

/**
 * The check providers that backend modules added through the extension point, and running them: each
 * provider is asked once per run for all the pairs it handles, and its results are recorded as
 * reported by `provider:<id>`, exactly like results from pipelines.
 */
export class CheckProviders {
  constructor(
    private readonly providers: ReleaseCheckProvider[],
    private readonly store: CheckResultStore,
    private readonly logger: LoggerService,
  ) {
    const ids = providers.map(p => p.id);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length) {
      throw new Error(`Check providers added twice: ${twice.join(', ')}`);
    }
  }

  get size(): number {
    return this.providers.length;
  }

  /** Evaluates the provider checks of one release, or of every release not yet finished. */
  async run(releaseId?: string, signal?: AbortSignal): Promise<CheckReport> {
    const pending = await this.store.pendingChecks(releaseId);
    const reports = await Promise.all(
      this.providers.map(provider =>
        this.runProvider(
          provider,
          pending.filter(p => provider.handles(p.check)),
          signal,
        ),
      ),
    );
    return {
      settled: reports.flatMap(r => r.settled),
      unmatched: reports.flatMap(r => r.unmatched),
    };
  }

  private async runProvider(
    provider: ReleaseCheckProvider,
    pending: PendingCheck[],
    signal?: AbortSignal,
  ): Promise<CheckReport> {
    const none: CheckReport = { settled: [], unmatched: [] };
    if (pending.length === 0) return none;
    const timeout = AbortSignal.timeout(PROVIDER_TIMEOUT_MS);
    const wanted = new Set(pending.map(p => `${p.entityRef} ${p.check}`));
    try {
      const results = await provider.evaluate({
        entityRefs: [...new Set(pending.map(p => p.entityRef))],
        checks: [...new Set(pending.map(p => p.check))],
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      // A provider answers for what it was asked about, and only checks it handles.
      const asked = results.filter(
        r =>
          wanted.has(`${r.entityRef} ${r.check}`) && provider.handles(r.check),
      );
      if (asked.length === 0) return none;
      return await this.store.recordResults({
        results: asked,
        reportedBy: `provider:${provider.id}`,
        at: Date.now(),
      });
    } catch (error) {
      // One failing provider must not stop the others; the items keep their last result.
      this.logger.warn(
        `Check provider ${provider.id} failed: ${(error as Error).message}`,
      );
      return none;
    }
  }
}
