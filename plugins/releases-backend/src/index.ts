/**
 * The Releases backend plugin for Backstage.
 *
 * @packageDocumentation
 */
export { releasesPlugin as default } from './plugin';
export {
  releaseConditions,
  createReleaseConditionalDecision,
  checklistItemConditions,
  createChecklistItemConditionalDecision,
} from './permissions/conditions';
export {
  ReleasesPermissionPolicy,
  type ReleasesPermissionPolicyOptions,
} from './permissions/ReleasesPermissionPolicy';
