import type { FollowUpService } from '../service/FollowUpService';
import { audited, type ReleasesRouter, type Respond } from './respond';

/** Go/no-go decisions and the outcome of a release. */
export function bindFollowUpRoutes(
  router: ReleasesRouter,
  respond: Respond,
  followUp: FollowUpService,
): void {
  router.post('/releases/:id/decisions', (req, res) => {
    const { id } = req.params;
    const { decision } = req.body;
    const answer = audited(
      'release-decision',
      { releaseId: id, decision },
      201,
    );
    return respond(req, res, answer, credentials =>
      followUp.recordDecision(id, req.body, credentials),
    );
  });

  router.put('/releases/:id/outcome', (req, res) => {
    const { id } = req.params;
    const { result } = req.body;
    const answer = audited('release-outcome', { releaseId: id, result });
    return respond(req, res, answer, credentials =>
      followUp.recordOutcome(id, req.body, credentials),
    );
  });
}
