import type { UpdateChecklistItem } from '../schema/openapi';
import type { ChecklistService } from '../service/ChecklistService';
import {
  audited,
  patchHandler,
  type ReleasesRouter,
  type Respond,
} from './respond';

/** A release's scope (its components) and its checklist items. */
export function bindChecklistRoutes(
  router: ReleasesRouter,
  respond: Respond,
  checklist: ChecklistService,
): void {
  router.post('/releases/:id/components', (req, res) => {
    const { id } = req.params;
    const answer = audited('release-components-add', {
      releaseId: id,
      components: req.body.components,
    });
    return respond(req, res, answer, credentials =>
      checklist.addComponents(id, req.body, credentials),
    );
  });

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

  router.post('/releases/:id/checklist', (req, res) => {
    const { id } = req.params;
    const { title, category } = req.body;
    const answer = audited(
      'release-checklist-item-add',
      { releaseId: id, title, category },
      201,
    );
    return respond(req, res, answer, credentials =>
      checklist.addChecklistItem(id, req.body, credentials),
    );
  });

  router.patch(
    '/releases/:id/checklist/:itemId',
    patchHandler<UpdateChecklistItem>((req, res) => {
      const { id, itemId } = req.params;
      const fields = Object.keys(req.body);
      const answer = audited('release-checklist-item-update', {
        releaseId: id,
        itemId,
        fields,
      });
      return respond(req, res, answer, credentials =>
        checklist.updateChecklistItem(id, itemId, req.body, credentials),
      );
    }),
  );
}
