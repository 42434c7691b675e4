/** Freeze windows, conflicts and catalog-linked insights. */

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

/** One concrete occurrence of a freeze window. */
export interface FreezeOccurrence {
  freezeId: string;
  title: string;
  reason: string;
  start: string;
  end: string;
  entityRefs: string[];
}

export type ConflictKind =
  | 'same_component'
  | 'freeze'
  | 'dependency_overlap'
  | 'owner_overlap';

export interface Conflict {
  kind: ConflictKind;
  message: string;
  releaseIds: string[];
  entityRefs: string[];
  freezeId?: string;
  overlap: { start: string; end: string };
}

export type InsightWarningKind =
  | 'ordering_risk'
  | 'uninformed_dependents'
  | 'dependency_cycle';

export interface InsightWarning {
  kind: InsightWarningKind;
  message: string;
  entityRefs: string[];
  releaseIds?: string[];
}

export interface RelatedEntity {
  entityRef: string;
  owner: string | null;
  /** `dependsOn`, or the API through which the link runs. */
  via: string;
  /** Whether this entity is itself part of the release. */
  inRelease: boolean;
}

export interface ComponentInsight {
  entityRef: string;
  owner: string | null;
  system: string | null;
  dependencies: RelatedEntity[];
  dependents: RelatedEntity[];
}

export interface ReleaseInsights {
  releaseId: string;
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
