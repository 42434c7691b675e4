import type { UpdateRelease } from '../schema/openapi';
import type { InsightsService } from '../service/InsightsService';
import type { LifecycleService } from '../service/LifecycleService';
import type { ReleaseService } from '../service/ReleaseService';
import {
  audited,
  patchHandler,
  read,
  type ReleasesRouter,
  type Respond,
} from './respond';

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
    respond(req, res, read, credentials =>
      releases.listReleases(req.query, { credentials }),
    ),
  );

  router.post('/releases', (req, res) => {
    const { title, components } = req.body;
    const answer = audited('release-create', { title, components }, 201);
    return respond(req, res, answer, credentials =>
      releases.createRelease(req.body, credentials),
    );
  });

  // A release of fifty components carries some 460 checklist items: 230 KB (see sendJson.ts).
  router.get('/releases/:id', (req, res) =>
    respond(req, res, { ...read, large: true }, credentials =>
      releases.getRelease(req.params.id, credentials),
    ),
  );

  router.patch(
    '/releases/:id',
    patchHandler<UpdateRelease>((req, res) => {
      const { id } = req.params;
      const fields = Object.keys(req.body);
      const answer = audited('release-update', { releaseId: id, fields });
      return respond(req, res, answer, credentials =>
        releases.updateRelease(id, req.body, credentials),
      );
    }),
  );

  router.delete('/releases/:id', (req, res) => {
    const { id } = req.params;
    const answer = audited('release-delete', { releaseId: id }, 204);
    return respond(req, res, answer, credentials =>
      releases.deleteRelease(id, credentials),
    );
  });

  router.post('/releases/:id/transitions', (req, res) => {
    const { id } = req.params;
    const { to, override = false } = req.body;
    const answer = audited('release-transition', {
      releaseId: id,
      to,
      override,
    });
    return respond(req, res, answer, credentials =>
      lifecycle.transition(id, req.body, credentials),
    );
  });

  router.get('/releases/:id/activity', (req, res) =>
    respond(req, res, read, async credentials => ({
      items: await releases.getActivity(
        req.params.id,
        req.query.limit,
        credentials,
      ),
    })),
  );

  router.get('/releases/:id/insights', (req, res) =>
    respond(req, res, read, credentials =>
      insights.insightsFor(req.params.id, credentials),
    ),
  );
}
