import type { UpdateFreeze } from '../schema/openapi';
import type { FreezeService } from '../service/FreezeService';
import {
  audited,
  patchHandler,
  read,
  type ReleasesRouter,
  type Respond,
} from './respond';

/** Freeze windows, and whether an entity is frozen now. */
export function bindFreezeRoutes(
  router: ReleasesRouter,
  respond: Respond,
  freezes: FreezeService,
): void {
  router.get('/freezes', (req, res) =>
    respond(req, res, read, async credentials => ({
      items: await freezes.list(req.query, credentials),
    })),
  );

  // Answers CI pipelines that ask whether they may deploy an entity now.
  router.get('/freezes/active', (req, res) =>
    respond(req, res, read, credentials =>
      freezes.activeFor(req.query.entityRef, credentials),
    ),
  );

  router.post('/freezes', (req, res) => {
    const { title, entityRefs = [] } = req.body;
    const answer = audited('freeze-create', { title, entityRefs }, 201);
    return respond(req, res, answer, credentials =>
      freezes.create(req.body, credentials),
    );
  });

  router.patch(
    '/freezes/:freezeId',
    patchHandler<UpdateFreeze>((req, res) => {
      const { freezeId } = req.params;
      const fields = Object.keys(req.body);
      const answer = audited('freeze-update', { freezeId, fields });
      return respond(req, res, answer, credentials =>
        freezes.update(freezeId, req.body, credentials),
      );
    }),
  );

  router.delete('/freezes/:freezeId', (req, res) => {
    const { freezeId } = req.params;
    const answer = audited('freeze-delete', { freezeId }, 204);
    return respond(req, res, answer, credentials =>
      freezes.delete(freezeId, credentials),
    );
  });
}
