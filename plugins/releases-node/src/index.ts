/**
 * Extension points for backend modules of the Releases plugin.
 *
 * @packageDocumentation
 */
export {
  releasesChecksExtensionPoint,
  type ProvidedCheckResult,
  type ReleaseCheckProvider,
  type ReleaseCheckRequest,
  type ReleasesChecksExtensionPoint,
} from './extensions';
export {
  ReleasesClient,
  type ActiveFreezes,
  type ListReleasesQuery,
  type NewReleaseRequest,
  type ReleasesPage,
  type ReleasesRequestOptions,
} from './client/ReleasesClient';
