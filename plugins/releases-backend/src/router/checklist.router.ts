import type { ChecklistService } from '../service/ChecklistService';
import type { UpdateChecklistItem } from '../schema/openapi';
import { patchHandler, type ReleasesRouter, type Respond } from './respond';

/** A release's scope (its components) and its checklist items. */
export function bindChecklistRoutes(
  router: ReleasesRouter,
  respond: Respond,
  checklist: ChecklistService,
): void {
  router.post('/releases/:id/components', (req, res) =>
    respond(req, res, { caller: 'user' }, credentials =>
      checklist.addComponents(req.params.id, req.body, credentials),
    ),
  );

  router.delete('/releases/:id/components/:entityRef', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        audit: {
          eventId: 'release-component-remove',
          meta: { releaseId: req.params.id, entityRef: req.params.entityRef },
        },
      },
      credentials =>
        checklist.removeComponent(
          req.params.id,
          req.params.entityRef,
          credentials,
        ),
    ),
  );

  router.post('/releases/:id/checklist', (req, res) =>
    respond(req, res, { caller: 'user', status: 201 }, credentials =>
      checklist.addChecklistItem(req.params.id, req.body, credentials),
    ),
  );

  router.patch(
    '/releases/:id/checklist/:itemId',
    patchHandler<UpdateChecklistItem>((req, res) =>
      respond(req, res, { caller: 'user' }, credentials =>
        checklist.updateChecklistItem(
          req.params.id,
          req.params.itemId,
          req.body,
          credentials,
        ),
      ),
    ),
  );
}
