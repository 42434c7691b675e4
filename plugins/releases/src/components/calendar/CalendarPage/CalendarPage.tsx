import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { useCallback, useMemo } from 'react';
import {
  Link as RouterLink,
  useNavigate,
  useSearchParams,
} from 'react-router-dom';
import type { Calendar } from '../../../api';
import { lazyComponent } from '../../../lazyLoad';
import { releaseRouteRef, rootRouteRef } from '../../../routes';
import { SubscribeButton } from '../SubscribeButton';
import { CalendarFilters } from '../CalendarFilters';
import { CalendarLegend } from '../CalendarLegend';
import {
  calendarStateFrom,
  navigateDate,
  searchParamsOf,
  type CalendarState,
} from '../calendarState';
import { CalendarToolbar } from '../CalendarToolbar';
import { ReleaseMonthWeekCalendar } from '../ReleaseMonthWeekCalendar';
import { useCalendarReleases } from './useCalendarReleases';

// vis-timeline is large; it loads only when someone opens the timeline.
const ReleaseTimeline = lazyComponent(() =>
  import('../ReleaseTimeline').then(m => m.ReleaseTimeline),
);

function CalendarError(props: { error: Error; onRetry: () => void }) {
  return (
    <>
      <ResponseErrorPanel error={props.error} />
      <Box mt={1}>
        <Button variant="outlined" onClick={props.onRetry}>
          Try again
        </Button>
      </Box>
    </>
  );
}

/** Says when the answer was cut short, or when nothing in the range passes the filters. */
function CalendarNotices(props: { calendar: Calendar; shown: number }) {
  const { calendar, shown } = props;
  return (
    <>
      {calendar.truncated && (
        <Alert severity="warning">
          This range holds more releases than the calendar shows at once; narrow
          it with the filters.
        </Alert>
      )}
      {shown === 0 && (
        <Alert severity="info">
          No releases in this range match the filters.
          {calendar.freezes.length > 0 && ' Freeze windows are still shown.'}
        </Alert>
      )}
    </>
  );
}

/**
 * The org-wide release calendar: month, week and a timeline by team or system, with freezes
 * shaded and conflicts marked. The view, the range and the filters live in the URL.
 */
export function CalendarPage() {
  const releaseRoute = useRouteRef(releaseRouteRef);
  const rootRoute = useRouteRef(rootRouteRef);
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();

  const state = useMemo(() => calendarStateFrom(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Partial<CalendarState>) =>
      setSearchParams(searchParamsOf({ ...state, ...patch })),
    [state, setSearchParams],
  );

  const shown = useCalendarReleases(state);
  const { start, items, systems } = shown;
  const { value, error } = shown.calendar;

  const openRelease = useCallback(
    (releaseId: string) => navigate(releaseRoute({ releaseId })),
    [navigate, releaseRoute],
  );

  let body: React.ReactNode;
  if (error) {
    body = <CalendarError error={error} onRetry={shown.calendar.retry} />;
  } else if (!value || shown.waitingForViewer) {
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
    } else if (shown.bySystem && systems.error) {
      view = <ResponseErrorPanel error={systems.error} />;
    } else if (shown.bySystem && !systems.systems) {
      view = <Progress />;
    } else {
      view = (
        <ReleaseTimeline
          start={start}
          end={shown.end}
          lanes={shown.timeline.lanes}
          placements={shown.timeline.placements}
          freezes={value.freezes}
          onOpenRelease={openRelease}
        />
      );
    }
    body = (
      <>
        {shown.calendar.loading && <Progress />}
        <CalendarNotices calendar={value} shown={items.length} />
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
            <SubscribeButton owner={state.owner} entityRef={shown.entityRef} />
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
