import type { FollowUpService } from '../service/FollowUpService';
import type { ReleasesRouter, Respond } from './respond';

/** Go/no-go decisions and the outcome of a release. */
export function bindFollowUpRoutes(
  router: ReleasesRouter,
  respond: Respond,
  followUp: FollowUpService,
): void {
  router.post('/releases/:id/decisions', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        status: 201,
        audit: {
          eventId: 'release-decision',
          meta: { releaseId: req.params.id, decision: req.body.decision },
        },
      },
      credentials =>
        followUp.recordDecision(req.params.id, req.body, credentials),
    ),
  );

  router.put('/releases/:id/outcome', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        audit: {
          eventId: 'release-outcome',
          meta: { releaseId: req.params.id, result: req.body.result },
        },
      },
      credentials =>
        followUp.recordOutcome(req.params.id, req.body, credentials),
    ),
  );
}
