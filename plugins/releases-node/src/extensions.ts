import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type {
  ChecklistItem,
  Release,
} from '@releasekit/plugin-releases-common';

/** What an automated check is given: the release and the item it may settle. */
export interface ChecklistCheckContext {
  release: Release;
  item: ChecklistItem;
}

/** The verdict of an automated check; `undefined` state leaves the item as it is. */
export interface ChecklistCheckResult {
  state?: 'done' | 'open';
  note?: string;
  evidenceUrl?: string;
}

/**
 * An automated checklist check, contributed by a backend module: for example "CI is green on the
 * release branch" or "the change is approved in the change-management system". Its `id` becomes the
 * `source` of the items it settles.
 */
export interface ChecklistCheck {
  id: string;
  title: string;
  /** Whether this check can decide the given item (by title, category or source). */
  appliesTo(item: ChecklistItem): boolean;
  run(context: ChecklistCheckContext): Promise<ChecklistCheckResult>;
}

export interface ReleasesChecklistChecksExtensionPoint {
  addCheck(...checks: ChecklistCheck[]): void;
}

/** Lets backend modules add automated checklist checks to the Releases plugin. */
export const releasesChecklistChecksExtensionPoint =
  createExtensionPoint<ReleasesChecklistChecksExtensionPoint>({
    id: 'releases.checklist-checks',
  });
