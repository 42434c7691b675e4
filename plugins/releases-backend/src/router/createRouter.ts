import type {
  AuditorService,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import type { JsonObject } from '@backstage/types';
import type { Request } from 'express';
import type { AuthorizedReleases } from '../permissions/AuthorizedReleases';
import { spec } from '../schema/openapi.generated';
import { sendLargeJson } from './sendJson';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  api: AuthorizedReleases;
}

/**
 * The HTTP API of PRODUCT.md. Requests are validated against the OpenAPI spec before a handler runs;
 * handlers only read the request, take the caller's credentials, call the (authorised) services and
 * write JSON.
 */
export async function createRouter(options: RouterOptions) {
  const { httpAuth, auditor, api } = options;
  const router = createValidatedOpenApiRouter<typeof spec>(spec);

  /** Security-relevant writes are also recorded by Backstage's auditor, success or failure. */
  async function audited<T>(
    eventId: string,
    request: Request<any, any, any, any, any>,
    meta: JsonObject,
    work: () => Promise<T>,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      request,
      severityLevel: 'medium',
      meta,
    });
    try {
      const result = await work();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  const user = (req: Request<any, any, any, any, any>) =>
    httpAuth.credentials(req, { allow: ['user'] });

  router.get('/releases', async (req, res) => {
    res.json(
      await api.listReleases(req.query, await httpAuth.credentials(req)),
    );
  });

  router.post('/releases', async (req, res) => {
    const credentials = await user(req);
    const release = await audited(
      'release-create',
      req,
      { title: req.body.title, components: req.body.components },
      () => api.createRelease(req.body, credentials),
    );
    res.status(201).json(release);
  });

  router.get('/releases/:id', async (req, res) => {
    const release = await api.getRelease(
      req.params.id,
      await httpAuth.credentials(req),
    );
    // A release of fifty components carries some 460 checklist items: 230 KB (see sendJson.ts).
    sendLargeJson(res, release);
  });

  router.patch('/releases/:id', async (req, res) => {
    const credentials = await user(req);
    const release = await audited(
      'release-update',
      req,
      { releaseId: req.params.id, fields: Object.keys(req.body) },
      () => api.updateRelease(req.params.id, req.body, credentials),
    );
    res.json(release);
  });

  router.delete('/releases/:id', async (req, res) => {
    const credentials = await user(req);
    await audited('release-delete', req, { releaseId: req.params.id }, () =>
      api.deleteRelease(req.params.id, credentials),
    );
    res.status(204).end();
  });

  router.post('/releases/:id/transitions', async (req, res) => {
    const credentials = await user(req);
    const release = await audited(
      'release-transition',
      req,
      {
        releaseId: req.params.id,
        to: req.body.to,
        override: req.body.override ?? false,
      },
      () => api.transition(req.params.id, req.body, credentials),
    );
    res.json(release);
  });

  router.post('/releases/:id/components', async (req, res) => {
    const credentials = await user(req);
    res.json(
      await api.addComponents(
        req.params.id,
        req.body.components,
        req.body.revision,
        credentials,
      ),
    );
  });

  router.delete('/releases/:id/components/:entityRef', async (req, res) => {
    const credentials = await user(req);
    const release = await audited(
      'release-component-remove',
      req,
      { releaseId: req.params.id, entityRef: req.params.entityRef },
      () =>
        api.removeComponent(req.params.id, req.params.entityRef, credentials),
    );
    res.json(release);
  });

  router.post('/releases/:id/checklist', async (req, res) => {
    const credentials = await user(req);
    res
      .status(201)
      .json(await api.addChecklistItem(req.params.id, req.body, credentials));
  });

  router.patch('/releases/:id/checklist/:itemId', async (req, res) => {
    const credentials = await user(req);
    res.json(
      await api.updateChecklistItem(
        req.params.id,
        req.params.itemId,
        req.body,
        credentials,
      ),
    );
  });

  router.get('/releases/:id/activity', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json({
      items: await api.getActivity(req.params.id, req.query.limit, credentials),
    });
  });

  router.post('/releases/:id/decisions', async (req, res) => {
    const credentials = await user(req);
    const decision = await audited(
      'release-decision',
      req,
      { releaseId: req.params.id, decision: req.body.decision },
      () => api.recordDecision(req.params.id, req.body, credentials),
    );
    res.status(201).json(decision);
  });

  router.put('/releases/:id/outcome', async (req, res) => {
    const credentials = await user(req);
    const release = await audited(
      'release-outcome',
      req,
      { releaseId: req.params.id, result: req.body.result },
      () => api.recordOutcome(req.params.id, req.body, credentials),
    );
    res.json(release);
  });

  router.get('/releases/:id/insights', async (req, res) => {
    res.json(
      await api.getInsights(req.params.id, await httpAuth.credentials(req)),
    );
  });

  router.get('/metrics', async (req, res) => {
    res.json(await api.metrics(req.query, await httpAuth.credentials(req)));
  });

  router.get('/calendar', async (req, res) => {
    const calendar = await api.calendar(
      req.query,
      await httpAuth.credentials(req),
    );
    // A month of a large organisation is some 180 KB of JSON (see sendJson.ts).
    sendLargeJson(res, calendar);
  });

  router.get('/freezes', async (req, res) => {
    await httpAuth.credentials(req);
    const { from, to } = req.query;
    res.json({
      items: await api.listFreezes(from && to ? { from, to } : undefined),
    });
  });

  // Answers CI pipelines that ask whether they may deploy an entity now.
  router.get('/freezes/active', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await api.activeFreezes(req.query.entityRef, credentials));
  });

  router.post('/freezes', async (req, res) => {
    const credentials = await user(req);
    const freeze = await audited(
      'freeze-create',
      req,
      { title: req.body.title, entityRefs: req.body.entityRefs ?? [] },
      () => api.createFreeze(req.body, credentials),
    );
    res.status(201).json(freeze);
  });

  router.patch('/freezes/:freezeId', async (req, res) => {
    const credentials = await user(req);
    const freeze = await audited(
      'freeze-update',
      req,
      { freezeId: req.params.freezeId, fields: Object.keys(req.body) },
      () => api.updateFreeze(req.params.freezeId, req.body, credentials),
    );
    res.json(freeze);
  });

  router.delete('/freezes/:freezeId', async (req, res) => {
    const credentials = await user(req);
    await audited('freeze-delete', req, { freezeId: req.params.freezeId }, () =>
      api.deleteFreeze(req.params.freezeId, credentials),
    );
    res.status(204).end();
  });

  router.get('/feeds', async (req, res) => {
    res.json({ items: await api.listFeeds(await user(req)) });
  });

  router.post('/feeds', async (req, res) => {
    const credentials = await user(req);
    const feed = await audited(
      'feed-create',
      req,
      { owner: req.body.owner ?? null, entityRef: req.body.entityRef ?? null },
      () => api.createFeed(req.body, credentials),
    );
    res.status(201).json(feed);
  });

  router.delete('/feeds/:feedId', async (req, res) => {
    const credentials = await user(req);
    await audited('feed-revoke', req, { feedId: req.params.feedId }, () =>
      api.revokeFeed(req.params.feedId, credentials),
    );
    res.status(204).end();
  });

  // Calendar apps cannot send a Backstage token: the secret in the path is the credential (the
  // plugin allows this one path without a token; see plugin.ts).
  router.get('/feeds/:token/calendar.ics', async (req, res) => {
    const body = await api.renderFeed(req.params.token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(body);
  });

  router.get('/templates', async (req, res) => {
    await httpAuth.credentials(req);
    res.json({ items: api.listTemplates() });
  });

  return router;
}
