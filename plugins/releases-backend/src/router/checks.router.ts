import type { CheckService } from '../service/CheckService';
import { read, type ReleasesRouter, type Respond, write } from './respond';

/** Check results from pipelines and users, and re-running a release's provider checks. */
export function bindCheckRoutes(
  router: ReleasesRouter,
  respond: Respond,
  checks: CheckService,
): void {
  // Pipelines report through external access (a service principal): any caller, decided by the service.
  router.post('/checks/results', (req, res) => {
    const results = 'results' in req.body ? req.body.results : [req.body];
    const answer = {
      caller: 'any' as const,
      audit: {
        eventId: 'check-results-report',
        meta: {
          results: results.map(r => `${r.entityRef} ${r.check} ${r.status}`),
        },
      },
    };
    return respond(req, res, answer, credentials =>
      checks.reportResults(results, credentials),
    );
  });

  router.get('/checks/results', (req, res) =>
    respond(req, res, read, async credentials => ({
      items: await checks.listResults(req.query.entityRef, credentials),
    })),
  );

  router.post('/releases/:id/checks/run', (req, res) =>
    respond(req, res, write(), credentials =>
      checks.runChecks(req.params.id, credentials),
    ),
  );
}
