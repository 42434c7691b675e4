import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { CheckResultStatus } from '@releasekit/plugin-releases-common';

/**
 * What a provider is asked to evaluate: the checks of these components that releases wait for.
 *
 * @public
 */
export interface ReleaseCheckRequest {
  /** Component entity refs. */
  entityRefs: string[];
  /** Check keys this provider handles, among those the releases' items name. */
  checks: string[];
  /** Aborted when the run times out or the backend shuts down. */
  signal: AbortSignal;
}

/**
 * One evaluated check of one component.
 *
 * @public
 */
export interface ProvidedCheckResult {
  entityRef: string;
  check: string;
  status: CheckResultStatus;
  /** Where a person sees the evidence. */
  url?: string;
  /** Why it failed, in a sentence. */
  summary?: string;
}

/**
 * A source of automated readiness checks, contributed by a backend module: for example the catalog
 * (owner, lifecycle, docs present) or Tech Insights scorecards. The Releases backend calls it on a
 * schedule and when someone asks to re-run a release's checks; its results settle automated
 * checklist items exactly as results reported by pipelines do, reported by `provider:<id>`.
 *
 * @public
 */
export interface ReleaseCheckProvider {
  /** Unique among providers, e.g. `catalog`. */
  id: string;
  /** Whether this provider evaluates the check key (e.g. `catalog.owner`, `tech-insights:docs`). */
  handles(check: string): boolean;
  /** Results for some or all of the requested pairs; pairs left out keep their last result. */
  evaluate(request: ReleaseCheckRequest): Promise<ProvidedCheckResult[]>;
}

/**
 * Lets backend modules add check providers to the Releases plugin.
 *
 * @public
 */
export interface ReleasesChecksExtensionPoint {
  addCheckProvider(...providers: ReleaseCheckProvider[]): void;
}

/**
 * The extension point of {@link ReleasesChecksExtensionPoint}, registered by the Releases backend.
 *
 * @public
 */
export const releasesChecksExtensionPoint =
  createExtensionPoint<ReleasesChecksExtensionPoint>({
    id: 'releases.checks',
  });
