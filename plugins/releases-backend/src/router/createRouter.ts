import type {
  AuditorService,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import type { JsonObject } from '@backstage/types';
import type { Request } from 'express';
import type { FreezeService } from '../service/FreezeService';
import type { InsightsService } from '../service/InsightsService';
import type { CalendarService } from '../service/CalendarService';
import type { ChecklistService } from '../service/ChecklistService';
import type { FeedService } from '../service/FeedService';
import type { FollowUpService } from '../service/FollowUpService';
import type { LifecycleService } from '../service/LifecycleService';
import type { ReleaseService } from '../service/ReleaseService';
import { spec } from '../schema/openapi.generated';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  releases: ReleaseService;
  lifecycle: LifecycleService;
  checklist: ChecklistService;
  followUp: FollowUpService;
  insights: InsightsService;
  freezes: FreezeService;
  calendar: CalendarService;
  feeds: FeedService;
}

/**
 * The HTTP API of PRODUCT.md. Requests are validated against the OpenAPI spec before a handler runs;
 * handlers only read the request, take the caller's credentials, call the service and write JSON.
 */
export async function createRouter(options: RouterOptions) {
  const { httpAuth, auditor, releases, lifecycle, checklist, followUp } =
    options;
  const { insights, freezes, calendar, feeds } = options;
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

  router.get('/releases', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(await releases.listReleases(req.query));
  });

  router.post('/releases', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const release = await audited(
      'release-create',
      req,
      { title: req.body.title, components: req.body.components },
      () => releases.createRelease(req.body, credentials),
    );
    res.status(201).json(release);
  });

  router.get('/releases/:id', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(await releases.getRelease(req.params.id));
  });

  router.patch('/releases/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const release = await audited(
      'release-update',
      req,
      { releaseId: req.params.id, fields: Object.keys(req.body) },
      () => releases.updateRelease(req.params.id, req.body, credentials),
    );
    res.json(release);
  });

  router.delete('/releases/:id', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await audited('release-delete', req, { releaseId: req.params.id }, () =>
      releases.deleteRelease(req.params.id, credentials),
    );
    res.status(204).end();
  });

  router.post('/releases/:id/transitions', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const release = await audited(
      'release-transition',
      req,
      {
        releaseId: req.params.id,
        to: req.body.to,
        override: req.body.override ?? false,
      },
      () => lifecycle.transition(req.params.id, req.body, credentials),
    );
    res.json(release);
  });

  router.post('/releases/:id/components', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(
      await checklist.addComponents(
        req.params.id,
        req.body.components,
        req.body.revision,
        credentials,
      ),
    );
  });

  router.delete('/releases/:id/components/:entityRef', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const release = await audited(
      'release-component-remove',
      req,
      { releaseId: req.params.id, entityRef: req.params.entityRef },
      () =>
        checklist.removeComponent(
          req.params.id,
          req.params.entityRef,
          credentials,
        ),
    );
    res.json(release);
  });

  router.post('/releases/:id/checklist', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res
      .status(201)
      .json(
        await checklist.addChecklistItem(req.params.id, req.body, credentials),
      );
  });

  router.patch('/releases/:id/checklist/:itemId', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(
      await checklist.updateChecklistItem(
        req.params.id,
        req.params.itemId,
        req.body,
        credentials,
      ),
    );
  });

  router.get('/releases/:id/activity', async (req, res) => {
    await httpAuth.credentials(req);
    res.json({
      items: await releases.getActivity(req.params.id, req.query.limit),
    });
  });

  router.post('/releases/:id/decisions', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const decision = await audited(
      'release-decision',
      req,
      { releaseId: req.params.id, decision: req.body.decision },
      () => followUp.recordDecision(req.params.id, req.body, credentials),
    );
    res.status(201).json(decision);
  });

  router.put('/releases/:id/outcome', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const release = await audited(
      'release-outcome',
      req,
      { releaseId: req.params.id, result: req.body.result },
      () => followUp.recordOutcome(req.params.id, req.body, credentials),
    );
    res.json(release);
  });

  router.get('/metrics', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(await followUp.metrics(req.query));
  });

  router.get('/releases/:id/insights', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await insights.insightsFor(req.params.id, credentials));
  });

  router.get('/freezes', async (req, res) => {
    await httpAuth.credentials(req);
    const { from, to } = req.query;
    res.json({
      items: await freezes.list(from && to ? { from, to } : undefined),
    });
  });

  // Answers CI pipelines that ask whether they may deploy an entity now.
  router.get('/freezes/active', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await freezes.activeFor(req.query.entityRef, credentials));
  });

  router.post('/freezes', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const freeze = await audited(
      'freeze-create',
      req,
      { title: req.body.title, entityRefs: req.body.entityRefs ?? [] },
      () => freezes.create(req.body, credentials),
    );
    res.status(201).json(freeze);
  });

  router.patch('/freezes/:freezeId', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });
    const freeze = await audited(
      'freeze-update',
      req,
      { freezeId: req.params.freezeId, fields: Object.keys(req.body) },
      () => freezes.update(req.params.freezeId, req.body),
    );
    res.json(freeze);
  });

  router.delete('/freezes/:freezeId', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user'] });
    await audited('freeze-delete', req, { freezeId: req.params.freezeId }, () =>
      freezes.delete(req.params.freezeId),
    );
    res.status(204).end();
  });

  router.get('/calendar', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(await calendar.calendar(req.query));
  });

  router.get('/feeds', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json({ items: await feeds.list(credentials) });
  });

  router.post('/feeds', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const feed = await audited(
      'feed-create',
      req,
      { owner: req.body.owner ?? null, entityRef: req.body.entityRef ?? null },
      () => feeds.create(req.body, credentials),
    );
    res.status(201).json(feed);
  });

  router.delete('/feeds/:feedId', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await audited('feed-revoke', req, { feedId: req.params.feedId }, () =>
      feeds.revoke(req.params.feedId, credentials),
    );
    res.status(204).end();
  });

  // Calendar apps cannot send a Backstage token: the secret in the path is the credential (the
  // plugin allows this one path without a token; see plugin.ts).
  router.get('/feeds/:token/calendar.ics', async (req, res) => {
    const body = await feeds.render(req.params.token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(body);
  });

  router.get('/templates', async (req, res) => {
    await httpAuth.credentials(req);
    res.json({ items: releases.listTemplates() });
  });

  return router;
}
