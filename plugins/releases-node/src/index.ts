/**
 * Extension points for backend modules of the Releases plugin.
 *
 * @packageDocumentation
 */
export {
  releasesChecklistChecksExtensionPoint,
  type ChecklistCheck,
  type ChecklistCheckContext,
  type ChecklistCheckResult,
  type ReleasesChecklistChecksExtensionPoint,
} from './extensions';
