import type { CalendarService } from '../service/CalendarService';
import type { FollowUpService } from '../service/FollowUpService';
import { read, type ReleasesRouter, type Respond } from './respond';

/** The organisation-wide views: the calendar and the metrics. */
export function bindCalendarRoutes(
  router: ReleasesRouter,
  respond: Respond,
  services: { calendar: CalendarService; followUp: FollowUpService },
): void {
  // A month of a large organisation is some 180 KB of JSON (see sendJson.ts).
  router.get('/calendar', (req, res) =>
    respond(req, res, { ...read, large: true }, credentials =>
      services.calendar.calendar(req.query, { credentials }),
    ),
  );

  router.get('/metrics', (req, res) =>
    respond(req, res, read, credentials =>
      services.followUp.metrics(req.query, { credentials }),
    ),
  );
}
