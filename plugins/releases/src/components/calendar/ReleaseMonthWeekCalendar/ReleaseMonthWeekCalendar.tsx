import IconButton from '@material-ui/core/IconButton';
import { alpha, makeStyles, useTheme } from '@material-ui/core/styles';
import AcUnitIcon from '@material-ui/icons/AcUnit';
import WarningIcon from '@material-ui/icons/Warning';
import type { FreezeOccurrence } from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import {
  Children,
  cloneElement,
  createContext,
  isValidElement,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  type PropsWithChildren,
} from 'react';
import {
  Calendar as BigCalendar,
  luxonLocalizer,
  type DateHeaderProps,
  type EventProps,
  type EventWrapperProps,
  type HeaderProps,
} from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import {
  freezeLabel,
  releaseAccessibleName,
  releaseLabel,
  statusColors,
  type CalendarRelease,
} from '../calendarReleases';
import { FocusTooltip } from '../FocusTooltip';
import { ReleaseTooltipContent } from '../ReleaseTooltipContent';

// Weeks start on Monday, as luxon's (and ISO's) do; visibleRange() assumes the same.
const localizer = luxonLocalizer(DateTime, { firstDayOfWeek: 1 });

interface ReleaseEvent {
  kind: 'release';
  title: string;
  start: Date;
  end: Date;
  item: CalendarRelease;
}

interface FreezeEvent {
  kind: 'freeze';
  title: string;
  start: Date;
  end: Date;
  freeze: FreezeOccurrence;
}

type CalendarEvent = ReleaseEvent | FreezeEvent;

const useStyles = makeStyles(theme => {
  const hatch = `repeating-linear-gradient(135deg, ${alpha(
    theme.palette.info.main,
    0.18,
  )} 0 6px, transparent 6px 12px)`;
  return {
    root: {
      height: 'max(560px, calc(100vh - 380px))',
      '& .rbc-event:focus-visible, & .rbc-background-event:focus-visible': {
        outline: `3px solid ${theme.palette.text.primary}`,
        outlineOffset: 1,
      },
      '& .rbc-off-range-bg': {
        backgroundColor: theme.palette.action.hover,
      },
      // The library greys the other months' day numbers out below 4.5:1 contrast; the shaded
      // background already tells them apart.
      '& .rbc-off-range': {
        color: theme.palette.text.primary,
      },
      '& .rbc-today': {
        backgroundColor: alpha(theme.palette.primary.main, 0.08),
      },
    },
    freezeDay: {
      backgroundImage: hatch,
    },
    freezeEvent: {
      // Overrides the library's solid background-event colour with the freeze hatching.
      '&&': {
        backgroundColor: 'transparent',
        backgroundImage: hatch,
        border: `1px dashed ${theme.palette.info.dark}`,
        color: theme.palette.text.primary,
        opacity: 1,
      },
    },
    // Inline, so the month view's ellipsis and the week view's wrapping (both the library's) apply.
    eventContent: {},
    cancelled: {
      textDecoration: 'line-through',
    },
    conflictIcon: {
      fontSize: '1rem',
      verticalAlign: 'text-bottom',
      marginRight: 2,
    },
    dateHeader: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: 2,
    },
    freezeButton: {
      padding: 2,
    },
    freezeIcon: {
      fontSize: '0.9rem',
      color: theme.palette.info.dark,
    },
  };
});

interface CalendarContextValue {
  freezes: FreezeOccurrence[];
  rangeStart: DateTime;
  classes: ReturnType<typeof useStyles>;
}

/** Gives the library's cell components the data they are drawn from. */
const CalendarDataContext = createContext<CalendarContextValue | undefined>(
  undefined,
);

function useCalendarData(): CalendarContextValue {
  const value = useContext(CalendarDataContext);
  if (!value) throw new Error('CalendarDataContext is missing');
  return value;
}

function freezesOn(freezes: FreezeOccurrence[], day: DateTime) {
  const start = day.startOf('day');
  const end = start.plus({ days: 1 });
  return freezes.filter(
    freeze =>
      DateTime.fromISO(freeze.start) < end &&
      DateTime.fromISO(freeze.end) > start,
  );
}

/**
 * Makes each event reachable and explained: releases become focusable links whose tooltip (on
 * hover and on focus) tells window, readiness and conflicts; freezes tell their reason. The library
 * draws month events as plain divs and week events as buttons; both become links here.
 */
function EventWrapper(
  props: PropsWithChildren<
    // The library also passes `type`: 'date' for month (and all-day) chips, 'time' in the grid.
    EventWrapperProps<CalendarEvent> & { type?: 'date' | 'time' }
  >,
) {
  const { event, children } = props;
  const child = Children.only(children);
  if (!isValidElement<Record<string, unknown>>(child)) return <>{children}</>;
  if (event.kind === 'freeze') {
    const label = freezeLabel(event.freeze);
    return (
      <FocusTooltip title={label}>
        {cloneElement(child, { role: 'note', 'aria-label': label })}
      </FocusTooltip>
    );
  }
  // The week view's chips show their time range before the title; the name starts with what the
  // chip shows, time included, so speech users can say what they see (WCAG 2.5.3).
  const name = releaseAccessibleName(event.item);
  return (
    <FocusTooltip title={<ReleaseTooltipContent item={event.item} />}>
      {cloneElement(child, {
        tabIndex: 0,
        role: 'link',
        'aria-label':
          props.type === 'time' && props.label
            ? `${props.label.trim()} ${name}`
            : name,
        'data-release-id': event.item.release.id,
      })}
    </FocusTooltip>
  );
}

function EventContent(props: EventProps<CalendarEvent>) {
  const { event } = props;
  const { classes } = useCalendarData();
  if (event.kind === 'freeze') return <span>{event.title}</span>;
  const { release, conflicts } = event.item;
  return (
    <span
      className={`${classes.eventContent} ${
        release.status === 'cancelled' ? classes.cancelled : ''
      }`}
    >
      {conflicts.length > 0 && (
        <WarningIcon
          className={classes.conflictIcon}
          data-testid="conflict-badge"
          aria-hidden
        />
      )}
      {releaseLabel(release)}
    </span>
  );
}

/**
 * The month view cannot draw background events, so frozen days are hatched (see dayPropGetter)
 * and their header carries a snowflake that explains the freeze. Only the first shown day of each
 * freeze takes keyboard focus, so a two-week freeze is one tab stop, not fourteen.
 */
function MonthDateHeader(props: DateHeaderProps) {
  const { date, label } = props;
  const { freezes, rangeStart, classes } = useCalendarData();
  const day = DateTime.fromJSDate(date);
  const frozen = freezesOn(freezes, day);
  if (frozen.length === 0) return <span>{label}</span>;
  const title = frozen.map(freezeLabel).join('; ');
  const firstShownDay = frozen.some(freeze => {
    const start = DateTime.fromISO(freeze.start);
    return start.hasSame(day, 'day') || (start < day && day.equals(rangeStart));
  });
  return (
    <span className={classes.dateHeader}>
      <FocusTooltip title={title} openOnClick>
        <IconButton
          size="small"
          className={classes.freezeButton}
          aria-label={title}
          tabIndex={firstShownDay ? 0 : -1}
        >
          <AcUnitIcon className={classes.freezeIcon} />
        </IconButton>
      </FocusTooltip>
      {label}
    </span>
  );
}

/**
 * The library marks the month grid up as a table whose week rows (role=row) hold the day cells
 * and, beside them, the rows of event chips and "+N more" buttons, which a row may not own (ARIA's
 * row owns cells only). Each week's events therefore sit in a cell of their own, through the
 * library's weekWrapper (which wraps exactly those rows, in the week view's all-day row too).
 */
function WeekEventsCell(props: PropsWithChildren<{ isAllDay?: boolean }>) {
  // The week view's all-day row is no table row (see ReleaseMonthWeekCalendar): no cell there.
  return props.isAllDay ? (
    <div>{props.children}</div>
  ) : (
    <div role="cell">{props.children}</div>
  );
}

/**
 * The week view's day headings. The library's own heading is a columnheader, but the week view
 * has no table or row around it (only the month view is marked up as a table), so it is plain text.
 */
function WeekDayHeader(props: HeaderProps) {
  return <span>{props.label}</span>;
}

const components = {
  eventWrapper: EventWrapper,
  event: EventContent,
  weekWrapper: WeekEventsCell,
  month: { dateHeader: MonthDateHeader },
  week: { header: WeekDayHeader },
};

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
  const classes = useStyles();
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
          components={components}
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
