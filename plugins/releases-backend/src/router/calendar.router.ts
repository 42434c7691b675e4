import type { CalendarService } from '../service/CalendarService';
import type { FollowUpService } from '../service/FollowUpService';
import type { ReleasesRouter, Respond } from './respond';

/** The organisation-wide views: the calendar and the metrics. */
export function bindCalendarRoutes(
  router: ReleasesRouter,
  respond: Respond,
  services: { calendar: CalendarService; followUp: FollowUpService },
): void {
  // A month of a large organisation is some 180 KB of JSON (see sendJson.ts).
  router.get('/calendar', (req, res) =>
    respond(req, res, { caller: 'any', large: true }, credentials =>
      services.calendar.calendar(req.query, { credentials }),
    ),
  );

  router.get('/metrics', (req, res) =>
    respond(req, res, { caller: 'any' }, credentials =>
      services.followUp.metrics(req.query, { credentials }),
    ),
  );
}
