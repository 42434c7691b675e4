import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { useCallback, useMemo } from 'react';
import {
  Link as RouterLink,
  useNavigate,
  useSearchParams,
} from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releasesApiRef } from '../../../api';
import { useViewerRefs } from '../../../hooks/useViewerRefs';
import { lazyComponent } from '../../../lazyLoad';
import { releaseRouteRef, rootRouteRef } from '../../../routes';
import { SubscribeButton } from '../SubscribeButton';
import { CalendarFilters } from '../CalendarFilters';
import { CalendarLegend } from '../CalendarLegend';
import {
  conflictsByRelease,
  filterReleases,
  type CalendarRelease,
} from '../calendarReleases';
import {
  calendarStateFrom,
  navigateDate,
  searchParamsOf,
  visibleRange,
  type CalendarState,
} from '../calendarState';
import { CalendarToolbar } from '../CalendarToolbar';
import { ReleaseMonthWeekCalendar } from '../ReleaseMonthWeekCalendar';
import { timelineLanes } from '../timelineLanes';
import { useComponentSystems } from './useComponentSystems';

// vis-timeline is large; it loads only when someone opens the timeline.
const ReleaseTimeline = lazyComponent(() =>
  import('../ReleaseTimeline').then(m => m.ReleaseTimeline),
);

/**
 * The org-wide release calendar: month, week and a timeline by team or system, with freezes
 * shaded and conflicts marked. The view, the range and the filters live in the URL.
 */
export function CalendarPage() {
  const api = useApi(releasesApiRef);
  const releaseRoute = useRouteRef(releaseRouteRef);
  const rootRoute = useRouteRef(rootRouteRef);
  const navigate = useNavigate();
  const viewerRefs = useViewerRefs();
  const [searchParams, setSearchParams] = useSearchParams();

  const state = useMemo(() => calendarStateFrom(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Partial<CalendarState>) =>
      setSearchParams(searchParamsOf({ ...state, ...patch })),
    [state, setSearchParams],
  );

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

  const openRelease = useCallback(
    (releaseId: string) => navigate(releaseRoute({ releaseId })),
    [navigate, releaseRoute],
  );

  let body: React.ReactNode;
  if (error) {
    body = (
      <>
        <ResponseErrorPanel error={error} />
        <Box mt={1}>
          <Button variant="outlined" onClick={retry}>
            Try again
          </Button>
        </Box>
      </>
    );
  } else if (!value || waitingForViewer) {
    body = <Progress />;
  } else {
    let view: React.ReactNode;
    if (state.view !== 'timeline') {
      view = (
        <ReleaseMonthWeekCalendar
          view={state.view}
          date={state.date}
          rangeStart={start}
          items={items}
          freezes={value.freezes}
          onOpenRelease={openRelease}
          onNavigate={date => update({ date })}
        />
      );
    } else if (bySystem && systems.error) {
      view = <ResponseErrorPanel error={systems.error} />;
    } else if (bySystem && !systems.systems) {
      view = <Progress />;
    } else {
      view = (
        <ReleaseTimeline
          start={start}
          end={end}
          lanes={timeline.lanes}
          placements={timeline.placements}
          freezes={value.freezes}
          onOpenRelease={openRelease}
        />
      );
    }
    body = (
      <>
        {loading && <Progress />}
        {value.truncated && (
          <Alert severity="warning">
            This range holds more releases than the calendar shows at once;
            narrow it with the filters.
          </Alert>
        )}
        {items.length === 0 && (
          <Alert severity="info">
            No releases in this range match the filters.
            {value.freezes.length > 0 && ' Freeze windows are still shown.'}
          </Alert>
        )}
        {view}
      </>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="Release calendar"
        subtitle="What ships when, and what collides"
      />
      <Content>
        <ContentHeader title="Calendar">
          <Box display="flex" gridGap={8} flexWrap="wrap">
            <Button component={RouterLink} to={rootRoute()}>
              All releases
            </Button>
            <SubscribeButton owner={state.owner} entityRef={entityRef} />
          </Box>
        </ContentHeader>
        <CalendarFilters state={state} onChange={update} />
        <CalendarToolbar
          state={state}
          onChange={update}
          onNavigate={action =>
            update({ date: navigateDate(state.view, state.date, action) })
          }
        />
        <CalendarLegend />
        {body}
      </Content>
    </Page>
  );
}
