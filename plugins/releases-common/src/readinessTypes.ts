/**
 * How ready a release is. A leaf: releases (types.ts) and decisions (followUpTypes.ts) both carry
 * readiness, so it lives below them and neither needs to import the other.
 */

/**
 * The readiness of one component of a release.
 *
 * @public
 */
export interface ComponentReadiness {
  componentRef: string;
  ready: boolean;
  total: number;
  settled: number;
  requiredOpen: number;
  percent: number;
}

/**
 * The readiness roll-up of a whole release.
 *
 * @public
 */
export interface ReleaseReadiness {
  ready: boolean;
  /** Settled items / all items, 0–100, rounded down; 100 when there are no items. */
  percent: number;
  total: number;
  settled: number;
  requiredOpen: number;
  components: ComponentReadiness[];
  /** Release-level items (componentRef null). */
  release: Omit<ComponentReadiness, 'componentRef'>;
}

/**
 * The readiness numbers a list can carry without loading every item.
 *
 * @public
 */
export interface ReadinessSummary {
  ready: boolean;
  percent: number;
  total: number;
  settled: number;
  requiredOpen: number;
}
