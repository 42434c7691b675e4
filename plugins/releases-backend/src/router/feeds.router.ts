import type { FeedService } from '../service/FeedService';
import { audited, type ReleasesRouter, type Respond, write } from './respond';

/** Personal calendar feeds: their secret URLs, and the iCalendar they serve. */
export function bindFeedRoutes(
  router: ReleasesRouter,
  respond: Respond,
  feeds: FeedService,
): void {
  router.get('/feeds', (req, res) =>
    respond(req, res, write(), async credentials => ({
      items: await feeds.list(credentials),
    })),
  );

  router.post('/feeds', (req, res) => {
    const { owner = null, entityRef = null } = req.body;
    const answer = audited('feed-create', { owner, entityRef }, 201);
    return respond(req, res, answer, credentials =>
      feeds.create(req.body, { credentials }),
    );
  });

  router.delete('/feeds/:feedId', (req, res) => {
    const { feedId } = req.params;
    const answer = audited('feed-revoke', { feedId }, 204);
    return respond(req, res, answer, credentials =>
      feeds.revoke(feedId, credentials),
    );
  });

  // Calendar apps cannot send a Backstage token: the secret in the path is the credential (the
  // plugin allows this one path without a token; see plugin.ts), so no `respond` here.
  router.get('/feeds/:token/calendar.ics', async (req, res) => {
    const body = await feeds.render(req.params.token);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(body);
  });
}
