import { parseEntityRef } from '@backstage/catalog-model';
import type {
  Check,
  CheckResult,
} from '@backstage-community/plugin-tech-insights-common';
import type { TechInsightsService } from '@backstage-community/plugin-tech-insights-node';
import type {
  ProvidedCheckResult,
  ReleaseCheckProvider,
  ReleaseCheckRequest,
} from '@releasekit/plugin-releases-node';

/**
 * Check keys of this provider: `tech-insights:` then the id of a Tech Insights check.
 *
 * @public
 */
export const CHECK_PREFIX = 'tech-insights:';

/**
 * Components per bulk run. Below the Tech Insights client's own chunk size (750) so that each batch
 * is one request; the client sends an empty extra chunk at exact multiples of it, which the Tech
 * Insights backend reads as "every entity".
 */
const BATCH = 100;

const checkIdOf = (key: string) => key.slice(CHECK_PREFIX.length);

function failureSummary(check: CheckResult['check']): string {
  const what = check.description?.trim().replace(/\.+$/, '');
  return `Failed the Tech Insights check "${check.name}"${
    what ? ` (${what})` : ''
  }.`;
}

/**
 * Settles `tech-insights:<checkId>` items with the boolean results of Tech Insights checks, run
 * through Tech Insights' own service (which calls its backend as this backend). Results that are not
 * booleans, and entities Tech Insights could not evaluate, are left out: their items keep their last
 * result.
 *
 * @public
 */
export class TechInsightsCheckProvider implements ReleaseCheckProvider {
  readonly id = 'tech-insights';

  constructor(private readonly techInsights: TechInsightsService) {}

  handles(check: string): boolean {
    return check.startsWith(CHECK_PREFIX) && checkIdOf(check).length > 0;
  }

  async evaluate({
    entityRefs,
    checks,
    signal,
  }: ReleaseCheckRequest): Promise<ProvidedCheckResult[]> {
    const ids = [
      ...new Set(checks.filter(c => this.handles(c)).map(checkIdOf)),
    ];
    if (entityRefs.length === 0 || ids.length === 0) return [];
    const defined = await this.techInsights.getAllChecks();
    signal.throwIfAborted();
    const known = defined.filter(c => ids.includes(c.id));
    const unknown = ids.filter(id => !known.some(c => c.id === id));
    const results: ProvidedCheckResult[] = unknown.flatMap(id =>
      entityRefs.map(entityRef => ({
        entityRef,
        check: `${CHECK_PREFIX}${id}`,
        status: 'failed' as const,
        summary: `Tech Insights has no check "${id}".`,
      })),
    );
    if (known.length === 0) return results;
    for (let i = 0; i < entityRefs.length; i += BATCH) {
      results.push(
        ...(await this.runBatch(entityRefs.slice(i, i + BATCH), known)),
      );
      signal.throwIfAborted();
    }
    return results;
  }

  private async runBatch(
    entityRefs: string[],
    checks: Check[],
  ): Promise<ProvidedCheckResult[]> {
    const response = await this.techInsights.runBulkChecks(
      entityRefs.map(ref => parseEntityRef(ref)),
      checks,
    );
    // Tech Insights answers with its own spelling of each ref; match case-insensitively.
    const asked = new Map(
      entityRefs.map(ref => [ref.toLocaleLowerCase('en-US'), ref]),
    );
    return response.flatMap(({ entity, results }) => {
      const entityRef = asked.get(entity.toLocaleLowerCase('en-US'));
      if (!entityRef) return [];
      return results.flatMap(({ check, result }): ProvidedCheckResult[] => {
        if (typeof result !== 'boolean') return [];
        const url = check.links?.[0]?.url;
        return [
          {
            entityRef,
            check: `${CHECK_PREFIX}${check.id}`,
            status: result ? 'passed' : 'failed',
            ...(result ? {} : { summary: failureSummary(check) }),
            ...(url ? { url } : {}),
          },
        ];
      });
    });
  }
}
