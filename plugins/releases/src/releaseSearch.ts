import type { SearchResult } from '@backstage/plugin-search-common';
import { RELEASE_SEARCH_TYPE } from '@releasekit/plugin-releases-common';

/**
 * Whether a search result is a release, as `@releasekit/plugin-search-backend-module-releases`
 * indexes them: the predicate of the release result list item in both frontend systems.
 *
 * @public
 */
export const isReleaseSearchResult = (result: SearchResult) =>
  result.type === RELEASE_SEARCH_TYPE;
