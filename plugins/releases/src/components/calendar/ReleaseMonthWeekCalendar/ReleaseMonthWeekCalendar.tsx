import { useTheme } from '@material-ui/core/styles';
import type { FreezeOccurrence } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Calendar as BigCalendar, luxonLocalizer } from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import {
  releaseLabel,
  statusColors,
  type CalendarRelease,
} from '../calendarReleases';
import {
  calendarComponents,
  CalendarDataContext,
  freezesOn,
  type CalendarEvent,
} from './calendarCells';
import { useCalendarStyles } from './useCalendarStyles';

// Weeks start on Monday, as luxon's (and ISO's) do; visibleRange() assumes the same.
const localizer = luxonLocalizer(DateTime, { firstDayOfWeek: 1 });

const hhmm = (date: Date) => DateTime.fromJSDate(date).toFormat('HH:mm');

// 24-hour times, as on the release pages. The week view's chips show the time range in a block
// of its own above the title; the trailing space (which the layout collapses) keeps the two apart
// in the chip's text content, which is what accessibility checks compare the chip's name with.
const formats = {
  dayFormat: 'ccc d',
  timeGutterFormat: 'HH:mm',
  eventTimeRangeFormat: ({ start, end }: { start: Date; end: Date }) =>
    `${hhmm(start)} – ${hhmm(end)} `,
  eventTimeRangeStartFormat: ({ start }: { start: Date }) =>
    `${hhmm(start)} – `,
  eventTimeRangeEndFormat: ({ end }: { end: Date }) => `– ${hhmm(end)} `,
};

export interface ReleaseMonthWeekCalendarProps {
  view: 'month' | 'week';
  /** A day in the shown range, `yyyy-MM-dd`. */
  date: string;
  /** The first day the view shows. */
  rangeStart: DateTime;
  items: CalendarRelease[];
  freezes: FreezeOccurrence[];
  onOpenRelease: (releaseId: string) => void;
  onNavigate: (date: string) => void;
}

/** The month and week views, drawn by react-big-calendar. */
export function ReleaseMonthWeekCalendar(props: ReleaseMonthWeekCalendarProps) {
  const { view, date, rangeStart, items, freezes, onOpenRelease, onNavigate } =
    props;
  const classes = useCalendarStyles();
  const theme = useTheme();

  const events = useMemo<CalendarEvent[]>(
    () =>
      items.map(item => ({
        kind: 'release',
        title: releaseLabel(item.release),
        start: new Date(item.release.windowStart),
        end: new Date(item.release.windowEnd),
        item,
      })),
    [items],
  );
  const backgroundEvents = useMemo<CalendarEvent[]>(
    () =>
      freezes.map(freeze => ({
        kind: 'freeze',
        title: `Freeze: ${freeze.title}`,
        start: new Date(freeze.start),
        end: new Date(freeze.end),
        freeze,
      })),
    [freezes],
  );
  const scrollToTime = useMemo(
    () => DateTime.fromISO(date).set({ hour: 8 }).toJSDate(),
    [date],
  );
  const context = useMemo(
    () => ({ freezes, rangeStart, classes }),
    [freezes, rangeStart, classes],
  );

  const eventPropGetter = (event: CalendarEvent) => {
    if (event.kind === 'freeze') return { className: classes.freezeEvent };
    const colors = statusColors(theme, event.item.release.status);
    return {
      className: `release-status-${event.item.release.status}`,
      style: {
        backgroundColor: colors.background,
        borderColor: colors.background,
        color: colors.text,
      },
    };
  };
  const dayPropGetter = (day: Date) =>
    view === 'month' && freezesOn(freezes, DateTime.fromJSDate(day)).length > 0
      ? { className: `${classes.freezeDay} releases-calendar-freeze-day` }
      : {};
  const open = (event: CalendarEvent) => {
    if (event.kind === 'release') onOpenRelease(event.item.release.id);
  };

  // The week view's all-day row is the month grid's week row, marked up by the library as a
  // rowgroup holding a row, but with no table around it (ARIA requires one), and no prop or
  // component changes those roles: they are taken off here, leaving plain containers. The hour
  // grid scrolls; it takes focus, so that it scrolls by keyboard even in a week without releases.
  const rootRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (view !== 'week') return;
    const root = rootRef.current;
    root
      ?.querySelectorAll(
        '.rbc-allday-cell[role="rowgroup"], .rbc-allday-cell [role="row"]',
      )
      .forEach(element => element.setAttribute('role', 'presentation'));
    const hours = root?.querySelector('.rbc-time-content');
    if (hours && !hours.hasAttribute('tabindex')) {
      hours.setAttribute('tabindex', '0');
      hours.setAttribute('role', 'group');
      hours.setAttribute('aria-label', 'Hours of the week');
    }
  });

  return (
    <CalendarDataContext.Provider value={context}>
      <div className={classes.root} ref={rootRef}>
        <BigCalendar<CalendarEvent>
          localizer={localizer}
          view={view}
          views={['month', 'week']}
          // The view is the page's (in the URL) and the library's own toolbar is off.
          onView={() => {}}
          date={DateTime.fromISO(date).toJSDate()}
          onNavigate={(next: Date) =>
            onNavigate(DateTime.fromJSDate(next).toFormat('yyyy-LL-dd'))
          }
          toolbar={false}
          drilldownView={null}
          popup
          events={events}
          backgroundEvents={view === 'week' ? backgroundEvents : []}
          tooltipAccessor={null}
          eventPropGetter={eventPropGetter}
          dayPropGetter={dayPropGetter}
          onSelectEvent={open}
          onKeyPressEvent={(event, e) => {
            if ((e.nativeEvent as KeyboardEvent).key === 'Enter') open(event);
          }}
          components={calendarComponents}
          formats={formats}
          // Release windows are planned in hours; hourly slots keep the week grid light.
          step={60}
          timeslots={1}
          scrollToTime={scrollToTime}
        />
      </div>
    </CalendarDataContext.Provider>
  );
}
