/** Freeze windows, conflicts and catalog-linked insights. */

import type { ReleaseStatus } from './types';

/** @public */
export interface FreezeWindow {
  id: string;
  title: string;
  reason: string;
  start: string;
  end: string;
  /** An RFC 5545 RRULE (e.g. `FREQ=WEEKLY;BYDAY=FR`); each occurrence lasts end - start. */
  recurrence: string | null;
  /** Systems, components or groups frozen; empty means the whole organisation. */
  entityRefs: string[];
  /** `config` for freezes declared in app-config, which the API cannot change. */
  source: 'api' | 'config';
  revision: number;
  createdBy: string | null;
}

/**
 * One concrete occurrence of a freeze window.
 *
 * @public
 */
export interface FreezeOccurrence {
  freezeId: string;
  title: string;
  reason: string;
  start: string;
  end: string;
  entityRefs: string[];
}

/** @public */
export type ConflictKind =
  | 'same_component'
  | 'freeze'
  | 'dependency_overlap'
  | 'owner_overlap';

/** @public */
export interface Conflict {
  kind: ConflictKind;
  message: string;
  releaseIds: string[];
  entityRefs: string[];
  freezeId?: string;
  overlap: { start: string; end: string };
  /** In insights: the other releases named by releaseIds, so that a client can name them in its own words. */
  releases?: InsightRelease[];
  /** Of a freeze conflict, in insights: the freeze. */
  freeze?: ConflictFreeze;
  /** In a draft's insights: a conflict the draft would have once planned (drafts take part in none until then). */
  prospective?: boolean;
}

/**
 * Another release an insight speaks of.
 *
 * @public
 */
export interface InsightRelease {
  id: string;
  title: string;
  version: string;
  status: ReleaseStatus;
  windowStart: string;
  windowEnd: string;
}

/**
 * The freeze a freeze conflict falls in.
 *
 * @public
 */
export interface ConflictFreeze {
  title: string;
  reason: string;
  /** What the freeze covers; empty for the whole organisation. */
  entityRefs: string[];
}

/** @public */
export type InsightWarningKind =
  | 'ordering_risk'
  | 'uninformed_dependents'
  | 'dependency_cycle';

/** @public */
export interface InsightWarning {
  kind: InsightWarningKind;
  message: string;
  entityRefs: string[];
  releaseIds?: string[];
  /** Of an ordering risk: the other release ends after this one starts, or is in progress and not ready. */
  cause?: 'ends_after_start' | 'in_progress_not_ready';
  /** Of an ordering risk: the components outside the release that its components depend on. */
  dependencies?: string[];
  /** Of an ordering risk, the release's components depending on them; of uninformed dependents, the team's. */
  dependents?: string[];
  /** Of uninformed dependents: the team to tell. */
  team?: string;
  /** The other releases named by releaseIds. */
  releases?: InsightRelease[];
}

/** @public */
export interface RelatedEntity {
  entityRef: string;
  owner: string | null;
  /** `dependsOn`, or the API through which the link runs. */
  via: string;
  /** Whether this entity is itself part of the release. */
  inRelease: boolean;
}

/** @public */
export interface ComponentInsight {
  entityRef: string;
  owner: string | null;
  system: string | null;
  dependencies: RelatedEntity[];
  dependents: RelatedEntity[];
}

/** @public */
export interface ReleaseInsights {
  releaseId: string;
  /** The status the insights were made for: a finished release's speak of what happened, a draft's conflicts are prospective. */
  releaseStatus: ReleaseStatus;
  /** True when the catalog could not be read; then only database-derived facts are given. */
  degraded: boolean;
  message?: string;
  components: ComponentInsight[];
  /** The release's components, dependencies first. */
  suggestedOrder: string[];
  /** Groups of components that depend on each other in a cycle; the order breaks them as it says. */
  cycles: string[][];
  warnings: InsightWarning[];
  conflicts: Conflict[];
}
