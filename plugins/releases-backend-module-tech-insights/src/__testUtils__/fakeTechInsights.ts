import type {
  Check,
  CheckResult,
} from '@backstage-community/plugin-tech-insights-common';
import type { TechInsightsService } from '@backstage-community/plugin-tech-insights-node';

/** A check as the Tech Insights backend defines it. */
export function techInsightsCheck(
  id: string,
  extra: Partial<Check> = {},
): Check {
  return {
    id,
    type: 'json-rules-engine',
    name: `Check ${id}`,
    description: `Checks ${id}.`,
    factIds: ['techdocsFactRetriever'],
    ...extra,
  };
}

/**
 * Tech Insights as its service answers: defined checks, and a result per entity and check id (ids
 * missing from an entity's answers are not evaluated for it). Records what it was asked.
 */
export function fakeTechInsights(
  checks: Check[],
  results: Record<string, Record<string, CheckResult['result']>>,
) {
  const bulkRuns: Array<{ entities: string[]; checks: string[] }> = [];
  const service: TechInsightsService = {
    getAllChecks: async () => checks,
    getFacts: async () => ({}),
    getFactSchemas: async () => [],
    runChecks: async () => {
      throw new Error('the provider runs checks in bulk');
    },
    async runBulkChecks(entities, asked = []) {
      const refs = entities.map(e => `${e.kind}:${e.namespace}/${e.name}`);
      bulkRuns.push({ entities: refs, checks: asked.map(c => c.id) });
      return refs.map(entity => ({
        entity,
        results: asked.flatMap(check =>
          entity in results && check.id in results[entity]
            ? [
                {
                  facts: {},
                  check: { ...check },
                  result: results[entity][check.id],
                },
              ]
            : [],
        ),
      }));
    },
  };
  return { service, bulkRuns };
}
