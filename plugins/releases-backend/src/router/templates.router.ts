import type { ChecklistTemplate } from '@releasekit/plugin-releases-common';
import { read, type ReleasesRouter, type Respond } from './respond';

/** The checklist templates from app-config (after the built-in default). */
export function bindTemplateRoutes(
  router: ReleasesRouter,
  respond: Respond,
  templates: ChecklistTemplate[],
): void {
  // Any signed-in caller: templates are configuration, not anyone's data.
  router.get('/templates', (req, res) =>
    respond(req, res, read, async () => ({ items: templates })),
  );
}
