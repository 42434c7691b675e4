import type { ChecklistItem } from './types';
import type {
  ComponentReadiness,
  ReadinessSummary,
  ReleaseReadiness,
} from './readinessTypes';

/**
 * The fields of a checklist item that readiness is computed from.
 *
 * @public
 */
export type ReadinessInput = Pick<
  ChecklistItem,
  'componentRef' | 'state' | 'required'
>;

/**
 * An item counts as settled once it is done or declared not applicable.
 *
 * @public
 */
export function isSettled(item: Pick<ChecklistItem, 'state'>): boolean {
  return item.state === 'done' || item.state === 'not_applicable';
}

/**
 * Percent of settled items, rounded down so that 99.6% never shows as 100% while an item is open.
 * A scope with no items is complete.
 *
 * @public
 */
export function readinessPercent(settled: number, total: number): number {
  return total === 0 ? 100 : Math.floor((settled * 100) / total);
}

function summarise(items: ReadinessInput[]): ReadinessSummary {
  const settled = items.filter(isSettled).length;
  const requiredOpen = items.filter(i => i.required && !isSettled(i)).length;
  return {
    ready: requiredOpen === 0,
    percent: readinessPercent(settled, items.length),
    total: items.length,
    settled,
    requiredOpen,
  };
}

/**
 * The readiness roll-up of a release. A component is ready when every required item of it is settled;
 * the release is ready when all of its components and its release-level required items are.
 * `components` lists every component of the release, also those without items, in the given order.
 *
 * @public
 */
export function computeReadiness(
  components: string[],
  items: ReadinessInput[],
): ReleaseReadiness {
  const byComponent = new Map<string, ReadinessInput[]>(
    components.map(ref => [ref, []]),
  );
  const releaseLevel: ReadinessInput[] = [];
  for (const item of items) {
    if (item.componentRef === null) {
      releaseLevel.push(item);
    } else {
      const list = byComponent.get(item.componentRef);
      if (list) list.push(item);
      else byComponent.set(item.componentRef, [item]);
    }
  }
  const componentReadiness: ComponentReadiness[] = [...byComponent].map(
    ([componentRef, list]) => ({ componentRef, ...summarise(list) }),
  );
  return {
    ...summarise(items),
    components: componentReadiness,
    release: summarise(releaseLevel),
  };
}

/**
 * Builds a summary from the counts a SQL aggregate returns, with the same rules as computeReadiness.
 *
 * @public
 */
export function readinessFromCounts(counts: {
  total: number;
  settled: number;
  requiredOpen: number;
}): ReadinessSummary {
  return {
    ready: counts.requiredOpen === 0,
    percent: readinessPercent(counts.settled, counts.total),
    total: counts.total,
    settled: counts.settled,
    requiredOpen: counts.requiredOpen,
  };
}
