import { checkKey, checklistItemState, entityRef, id } from './actionSchemas';
import type { ReleaseActionDeps } from './ReleaseActionDeps';

/** `releases:report-check-result`: POST /checks/results (its batch form) for assistants. */
export function registerReportCheckResult({
  registry,
  api,
  guards,
}: ReleaseActionDeps) {
  registry.register({
    name: 'report-check-result',
    title: 'Report automated check results',
    description: `Records the results of automated checks (CI tests, scans, …) for components, as POST /api/releases/checks/results does: each result settles the checklist items that wait for that check (their check key) of that component in releases not yet finished. passed marks them done; failed and running keep them open (a failed one shows as a failed check). Give version or releaseId to settle only releases of that version or that release. Reporting the same result again changes nothing. A user may report only where they may set every item the results settle; a pipeline's service principal where releases.checks.reporters allows it.
Example: {"results": [{"entityRef": "component:default/cart-service", "check": "ci.tests", "status": "passed", "url": "https://ci.example.com/runs/812", "version": "2.4.0"}]}`,
    attributes: { readOnly: false, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          results: z
            .array(
              z.object({
                entityRef: entityRef(z, 'The component checked'),
                check: checkKey(z),
                status: z.enum(['passed', 'failed', 'running']),
                url: z
                  .string()
                  .url()
                  .max(2000)
                  .optional()
                  .describe('The run, e.g. a CI job'),
                summary: z
                  .string()
                  .max(2000)
                  .optional()
                  .describe('One line on the result, e.g. why it failed'),
                version: z
                  .string()
                  .max(64)
                  .optional()
                  .describe('Only releases of this version are settled'),
                commit: z.string().max(64).optional(),
                releaseId: id(z, 'Only this release is settled').optional(),
              }),
            )
            .min(1)
            .max(100)
            .describe('One result, or up to 100 of one pipeline run'),
        }),
      output: z =>
        z.object({
          settled: z
            .array(
              z.object({
                releaseId: z.string(),
                itemId: z.string(),
                state: checklistItemState(z),
              }),
            )
            .describe(
              'The items the results are meant for, in their state now',
            ),
          unmatched: z
            .array(z.object({ entityRef: z.string(), check: z.string() }))
            .describe(
              'Results no open item waits for; kept for items added later',
            ),
        }),
    },
    action: async ({ input, credentials }) =>
      guards.write(
        {
          action: 'report-check-result',
          input,
          credentials,
          // Pipelines report too: the service decides who may (CheckReporters, the tick permission).
          anyCaller: true,
          audit: {
            eventId: 'check-results-report',
            meta: {
              results: input.results.map(
                r => `${r.entityRef} ${r.check} ${r.status}`,
              ),
            },
          },
        },
        async () => ({
          output: await api.checks.reportResults(input.results, credentials),
        }),
      ),
  });
}
