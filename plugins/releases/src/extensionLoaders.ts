/**
 * The plugin's pages and entity cards, each loaded when first shown rather than with the app.
 * Both frontend systems mount these: plugin.ts (legacy) and alpha.tsx (new).
 */

export const loadReleasesRouter = () =>
  import('./components/Router').then(m => m.Router);

export const loadEntityReleasesContent = () =>
  import('./components/entity/EntityReleasesContent').then(
    m => m.EntityReleasesContent,
  );

export const loadEntityUpcomingReleaseCard = () =>
  import('./components/entity/EntityUpcomingReleaseCard').then(
    m => m.EntityUpcomingReleaseCard,
  );

export const loadEntityDeploymentsCard = () =>
  import('./components/entity/EntityDeploymentsCard').then(
    m => m.EntityDeploymentsCard,
  );

export const loadEntityReleaseHealthCard = () =>
  import('./components/entity/EntityReleaseHealthCard').then(
    m => m.EntityReleaseHealthCard,
  );

export const loadReleaseSearchResultListItem = () =>
  import('./components/search/ReleaseSearchResultListItem').then(
    m => m.ReleaseSearchResultListItem,
  );
