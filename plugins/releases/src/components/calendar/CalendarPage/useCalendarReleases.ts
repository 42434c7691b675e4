import { useApi } from '@backstage/core-plugin-api';
import { useMemo } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releasesApiRef } from '../../../api';
import { useViewerRefs } from '../../../hooks/useViewerRefs';
import {
  conflictsByRelease,
  filterReleases,
  type CalendarRelease,
} from '../calendarReleases';
import { visibleRange, type CalendarState } from '../calendarState';
import { timelineLanes } from '../timelineLanes';
import { useComponentSystems } from './useComponentSystems';

/**
 * What the calendar shows for the state in its URL: the range the view covers, the releases in it
 * (with their conflicts) after the filters the page applies itself, and for the timeline its lanes.
 */
export function useCalendarReleases(state: CalendarState) {
  const api = useApi(releasesApiRef);
  const viewerRefs = useViewerRefs();
  const { start, end } = useMemo(
    () => visibleRange(state.view, state.date),
    [state.view, state.date],
  );
  const from = start.toUTC().toISO() ?? '';
  const to = end.toUTC().toISO() ?? '';
  // One entityRef goes to the API; a component is narrower than a system.
  const entityRef = state.component ?? state.system;
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getCalendar({ from, to, owner: state.owner, entityRef }),
    [api, from, to, state.owner, entityRef],
  );

  const waitingForViewer = state.mine && !viewerRefs;
  const items = useMemo<CalendarRelease[]>(() => {
    if (!value) return [];
    const conflicts = conflictsByRelease(value.conflicts);
    return filterReleases(value.releases, {
      statuses: state.statuses,
      viewerRefs: state.mine ? viewerRefs ?? new Set() : undefined,
    }).map(release => ({
      release,
      conflicts: conflicts.get(release.id) ?? [],
    }));
  }, [value, state.statuses, state.mine, viewerRefs]);

  const bySystem = state.view === 'timeline' && state.groupBy === 'system';
  const systems = useComponentSystems(
    items.flatMap(item => item.release.components),
    bySystem,
  );
  const timeline = useMemo(
    () => timelineLanes(items, state.groupBy, systems.systems),
    [items, state.groupBy, systems.systems],
  );

  return {
    start,
    end,
    entityRef,
    calendar: { value, loading, error, retry },
    waitingForViewer,
    items,
    bySystem,
    systems,
    timeline,
  };
}
