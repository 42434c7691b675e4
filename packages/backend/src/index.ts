/*
 * The demo portal's backend: the catalog with the demo organisation, guest sign-in, permissions,
 * notifications and signals, and the Releases backend plugin.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: guest only, as user:default/guest (see auth.providers.guest in app-config.yaml).
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

backend.add(import('@backstage/plugin-permission-backend'));
// Who may do what with releases: see modules/releasesPermissionPolicy.ts and the README.
backend.add(import('./modules/releasesPermissionPolicy'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// Releases: release plans, readiness checklists and the activity trail under /api/releases.
backend.add(import('@releasekit/plugin-releases-backend'));

backend.start();
