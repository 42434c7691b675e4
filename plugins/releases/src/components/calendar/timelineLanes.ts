import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import type { CalendarRelease } from './calendarReleases';
import type { TimelineGrouping } from './calendarState';

export interface TimelineLane {
  id: string;
  label: string;
}

export interface TimelinePlacement {
  laneId: string;
  item: CalendarRelease;
}

/** The lane of releases whose components belong to no system the catalog knows. */
export const NO_SYSTEM_LANE = '(no system)';

function labelOf(ref: string, defaultKind: string): string {
  try {
    return humanizeEntityRef(parseEntityRef(ref), { defaultKind });
  } catch {
    return ref;
  }
}

/**
 * Puts releases in the timeline's lanes: by owning team (the release's owner), or by system (every
 * system one of its components belongs to, so a release spanning two systems shows in both).
 */
export function timelineLanes(
  items: CalendarRelease[],
  groupBy: TimelineGrouping,
  systemOfComponent: Map<string, string> = new Map(),
): { lanes: TimelineLane[]; placements: TimelinePlacement[] } {
  const lanes = new Map<string, TimelineLane>();
  const placements: TimelinePlacement[] = [];
  for (const item of items) {
    let laneIds: string[];
    if (groupBy === 'team') {
      laneIds = [item.release.owner.toLocaleLowerCase('en-US')];
    } else {
      const systems = new Set<string>();
      for (const component of item.release.components) {
        const system = systemOfComponent.get(
          component.toLocaleLowerCase('en-US'),
        );
        if (system) systems.add(system);
      }
      laneIds = systems.size ? [...systems] : [NO_SYSTEM_LANE];
    }
    for (const laneId of laneIds) {
      if (!lanes.has(laneId)) {
        lanes.set(laneId, {
          id: laneId,
          label:
            laneId === NO_SYSTEM_LANE
              ? 'No system'
              : labelOf(laneId, groupBy === 'team' ? 'group' : 'system'),
        });
      }
      placements.push({ laneId, item });
    }
  }
  const sorted = [...lanes.values()].sort((a, b) => {
    if (a.id === NO_SYSTEM_LANE) return 1;
    if (b.id === NO_SYSTEM_LANE) return -1;
    return a.label.localeCompare(b.label);
  });
  return { lanes: sorted, placements };
}
