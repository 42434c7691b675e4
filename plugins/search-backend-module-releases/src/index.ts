/**
 * A search backend module that indexes Releases: every release as a document of type `release`,
 * with its id as the resource ref so that search applies the `releases.release.read` permission.
 *
 * @packageDocumentation
 */
export { searchModuleReleasesCollator as default } from './module';
export {
  ReleaseCollatorFactory,
  type ReleaseCollatorFactoryOptions,
} from './collator/ReleaseCollatorFactory';
export {
  toReleaseDocument,
  type ReleaseIndexableDocument,
} from './collator/releaseDocument';
