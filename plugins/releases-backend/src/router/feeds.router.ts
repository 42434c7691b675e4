import type { FeedService } from '../service/FeedService';
import type { ReleasesRouter, Respond } from './respond';

/** Personal calendar feeds: their secret URLs, and the iCalendar they serve. */
export function bindFeedRoutes(
  router: ReleasesRouter,
  respond: Respond,
  feeds: FeedService,
): void {
  router.get('/feeds', (req, res) =>
    respond(req, res, { caller: 'user' }, async credentials => ({
      items: await feeds.list(credentials),
    })),
  );

  router.post('/feeds', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        status: 201,
        audit: {
          eventId: 'feed-create',
          meta: {
            owner: req.body.owner ?? null,
            entityRef: req.body.entityRef ?? null,
          },
        },
      },
      credentials => feeds.create(req.body, { credentials }),
    ),
  );

  router.delete('/feeds/:feedId', (req, res) =>
    respond(
      req,
      res,
      {
        caller: 'user',
        status: 204,
        audit: { eventId: 'feed-revoke', meta: { feedId: req.params.feedId } },
      },
      credentials => feeds.revoke(req.params.feedId, credentials),
    ),
  );

  // Calendar apps cannot send a Backstage token: the secret in the path is the credential (the
  // plugin allows this one path without a token; see plugin.ts), so no `respond` here.
  router.get('/feeds/:token/calendar.ics', async (req, res) => {
    const body = await feeds.render(req.params.token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(body);
  });
}
