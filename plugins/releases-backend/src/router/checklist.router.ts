import type { UpdateChecklistItem } from '../schema/openapi';
import type { ChecklistService } from '../service/ChecklistService';
import {
  audited,
  patchHandler,
  type ReleasesRouter,
  type Respond,
  write,
} from './respond';

/** A release's scope (its components) and its checklist items. */
export function bindChecklistRoutes(
  router: ReleasesRouter,
  respond: Respond,
  checklist: ChecklistService,
): void {
  router.post('/releases/:id/components', (req, res) =>
    respond(req, res, write(), credentials =>
      checklist.addComponents(req.params.id, req.body, credentials),
    ),
  );

  router.delete('/releases/:id/components/:entityRef', (req, res) => {
    const { id, entityRef } = req.params;
    const answer = audited('release-component-remove', {
      releaseId: id,
      entityRef,
    });
    return respond(req, res, answer, credentials =>
      checklist.removeComponent(id, entityRef, credentials),
    );
  });

  router.post('/releases/:id/checklist', (req, res) =>
    respond(req, res, write(201), credentials =>
      checklist.addChecklistItem(req.params.id, req.body, credentials),
    ),
  );

  router.patch(
    '/releases/:id/checklist/:itemId',
    patchHandler<UpdateChecklistItem>((req, res) => {
      const { id, itemId } = req.params;
      return respond(req, res, write(), credentials =>
        checklist.updateChecklistItem(id, itemId, req.body, credentials),
      );
    }),
  );
}
