/**
 * A scaffolder backend module with the Releases actions: `release:plan` plans a release of the
 * component a template makes, `release:assert-not-frozen` stops a run while a freeze is in force.
 *
 * @packageDocumentation
 */
export { scaffolderModuleReleases as default } from './module';
export {
  createPlanReleaseAction,
  DRY_RUN_RELEASE_ID,
  type PlanReleaseActionOptions,
} from './actions/planRelease';
export {
  createAssertNotFrozenAction,
  type AssertNotFrozenActionOptions,
} from './actions/assertNotFrozen';
export type { ReleasesApiOptions } from './actions/releasesApi';
