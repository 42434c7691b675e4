import type { FreezeService } from '../service/FreezeService';
import type { UpdateFreeze } from '../schema/openapi';
import { patchHandler, type ReleasesRouter, type Respond } from './respond';

/** Freeze windows, and whether an entity is frozen now. */
export function bindFreezeRoutes(
  router: ReleasesRouter,
  respond: Respond,
  freezes: FreezeService,
): void {
  router.get('/freezes', (req, res) =>
    respond(req, res, { caller: 'any' }, async credentials => ({
      items: await freezes.list(req.query, credentials),
    })),
  );

  // Answers CI pipelines that ask whether they may deploy an entity now.
  router.get('/freezes/active', (req, res) =>
    respond(req, res, { caller: 'any' }, credentials =>
      freezes.activeFor(req.query.entityRef, credentials),
    ),
  );

  router.post('/freezes', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        status: 201,
        audit: {
          eventId: 'freeze-create',
          meta: {
            title: req.body.title,
            entityRefs: req.body.entityRefs ?? [],
          },
        },
      },
      credentials => freezes.create(req.body, credentials),
    ),
  );

  router.patch(
    '/freezes/:freezeId',
    patchHandler<UpdateFreeze>((req, res) =>
      respond(
        req,
        res,
        {
          caller: 'user',
          audit: {
            eventId: 'freeze-update',
            meta: {
              freezeId: req.params.freezeId,
              fields: Object.keys(req.body),
            },
          },
        },
        credentials =>
          freezes.update(req.params.freezeId, req.body, credentials),
      ),
    ),
  );

  router.delete('/freezes/:freezeId', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        status: 204,
        audit: {
          eventId: 'freeze-delete',
          meta: { freezeId: req.params.freezeId },
        },
      },
      credentials => freezes.delete(req.params.freezeId, credentials),
    ),
  );
}
