/*
 * The demo portal's backend: the catalog with the demo organisation, guest sign-in, permissions,
 * notifications and signals, Tech Insights, search, the scaffolder, the MCP server, and the Releases
 * backend plugin with its check modules.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: guest only, as user:default/guest (see auth.providers.guest in app-config.yaml).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// Software templates, with the Releases actions release:plan and release:assert-not-frozen (see
// examples/templates/new-service-with-release).
backend.add(import('@backstage/plugin-scaffolder-backend'));
// The catalog learns the Template kind, so that the template is in the catalog and on /create.
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@releasekit/plugin-scaffolder-backend-module-releases'));

backend.add(import('@backstage/plugin-permission-backend'));
// Who may do what with releases: see modules/releasesPermissionPolicy.ts and the README.
backend.add(import('./modules/releasesPermissionPolicy'));
// Search on its default in-memory engine (Lunr), with releases indexed by the Releases search module.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@releasekit/plugin-search-backend-module-releases'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Tech Insights: facts from the built-in retrievers and the JSON rules checks of techInsights in
// app-config.yaml (hasTechDocs), which releases' tech-insights:<checkId> items wait for.
backend.add(import('@backstage-community/plugin-tech-insights-backend'));
backend.add(
  import('@backstage-community/plugin-tech-insights-backend-module-jsonfc'),
);

// Releases: release plans, readiness checklists and the activity trail under /api/releases.
backend.add(import('@releasekit/plugin-releases-backend'));
// Automated checklist items settled by the catalog (catalog.owner, catalog.lifecycle, catalog.docs)
// and by Tech Insights checks (tech-insights:<checkId>).
backend.add(
  import('@releasekit/plugin-releases-backend-module-catalog-checks'),
);
backend.add(import('@releasekit/plugin-releases-backend-module-tech-insights'));

// MCP server for AI assistants at /api/mcp-actions/v1: the actions of backend.actions.pluginSources.
backend.add(import('@backstage/plugin-mcp-actions-backend'));
backend.start();
