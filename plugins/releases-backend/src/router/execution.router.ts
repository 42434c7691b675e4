import type { ExecutionService } from '../service/ExecutionService';
import { read, type ReleasesRouter, type Respond } from './respond';

/** A release's runbook and the deployment metrics. */
export function bindExecutionRoutes(
  router: ReleasesRouter,
  respond: Respond,
  execution: ExecutionService,
): void {
  router.get('/releases/:id/execution', (req, res) =>
    respond(req, res, read, credentials =>
      execution.execution(req.params.id, { credentials }),
    ),
  );

  router.get('/metrics/deployments', (req, res) =>
    respond(req, res, read, credentials =>
      execution.deploymentMetrics(req.query, { credentials }),
    ),
  );
}
