import type { InsightsService } from '../service/InsightsService';
import type { LifecycleService } from '../service/LifecycleService';
import type { ReleaseService } from '../service/ReleaseService';
import type { UpdateRelease } from '../schema/openapi';
import { patchHandler, type ReleasesRouter, type Respond } from './respond';

/** Release plans: list, plan, read, edit, delete, change status; their activity and insights. */
export function bindReleaseRoutes(
  router: ReleasesRouter,
  respond: Respond,
  services: {
    releases: ReleaseService;
    lifecycle: LifecycleService;
    insights: InsightsService;
  },
): void {
  const { releases, lifecycle, insights } = services;

  router.get('/releases', (req, res) =>
    respond(req, res, { caller: 'any' }, credentials =>
      releases.listReleases(req.query, { credentials }),
    ),
  );

  router.post('/releases', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        status: 201,
        audit: {
          eventId: 'release-create',
          meta: { title: req.body.title, components: req.body.components },
        },
      },
      credentials => releases.createRelease(req.body, credentials),
    ),
  );

  // A release of fifty components carries some 460 checklist items: 230 KB (see sendJson.ts).
  router.get('/releases/:id', (req, res) =>
    respond(req, res, { caller: 'any', large: true }, credentials =>
      releases.getRelease(req.params.id, credentials),
    ),
  );

  router.patch(
    '/releases/:id',
    patchHandler<UpdateRelease>((req, res) =>
      respond(
        req,
        res,
        {
          caller: 'user',
          audit: {
            eventId: 'release-update',
            meta: { releaseId: req.params.id, fields: Object.keys(req.body) },
          },
        },
        credentials =>
          releases.updateRelease(req.params.id, req.body, credentials),
      ),
    ),
  );

  router.delete('/releases/:id', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        status: 204,
        audit: {
          eventId: 'release-delete',
          meta: { releaseId: req.params.id },
        },
      },
      credentials => releases.deleteRelease(req.params.id, credentials),
    ),
  );

  router.post('/releases/:id/transitions', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        audit: {
          eventId: 'release-transition',
          meta: {
            releaseId: req.params.id,
            to: req.body.to,
            override: req.body.override ?? false,
          },
        },
      },
      credentials => lifecycle.transition(req.params.id, req.body, credentials),
    ),
  );

  router.get('/releases/:id/activity', (req, res) =>
    respond(req, res, { caller: 'any' }, async credentials => ({
      items: await releases.getActivity(
        req.params.id,
        req.query.limit,
        credentials,
      ),
    })),
  );

  router.get('/releases/:id/insights', (req, res) =>
    respond(req, res, { caller: 'any' }, credentials =>
      insights.insightsFor(req.params.id, credentials),
    ),
  );
}
