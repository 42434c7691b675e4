import type { DeploymentReport } from '@releasekit/plugin-releases-common';
import type { DeploymentService } from '../service/DeploymentService';
import { read, type ReleasesRouter, type Respond } from './respond';

/** Deployments reported by pipelines and people, and what is deployed where. */
export function bindDeploymentRoutes(
  router: ReleasesRouter,
  respond: Respond,
  deployments: DeploymentService,
): void {
  // Pipelines report through external access (a service principal): any caller, decided by the service.
  router.post('/deployments', (req, res) => {
    const { entityRef, version, environment, status } = req.body;
    const answer = {
      caller: 'any' as const,
      audit: {
        eventId: 'deployment-report',
        meta: {
          deployment: `${entityRef} ${version} ${environment} ${status}`,
        },
      },
      status: (report: DeploymentReport) => (report.created ? 201 : 200),
    };
    return respond(req, res, answer, credentials =>
      deployments.reportDeployment(req.body, credentials),
    );
  });

  router.get('/deployments', (req, res) =>
    respond(req, res, read, credentials =>
      deployments.listDeployments(req.query, { credentials }),
    ),
  );

  router.get('/deployments/current', (req, res) =>
    respond(req, res, read, credentials =>
      deployments.currentDeployments(req.query.entityRef, { credentials }),
    ),
  );
}
