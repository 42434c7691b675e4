import IconButton from '@material-ui/core/IconButton';
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
  type PropsWithChildren,
} from 'react';
import type {
  DateHeaderProps,
  EventProps,
  EventWrapperProps,
  HeaderProps,
} from 'react-big-calendar';
import {
  freezeLabel,
  releaseAccessibleName,
  releaseLabel,
  type CalendarRelease,
} from '../calendarReleases';
import { FocusTooltip } from '../FocusTooltip';
import { ReleaseTooltipContent } from '../ReleaseTooltipContent';
import type { useCalendarStyles } from './useCalendarStyles';

/*
 * The pieces react-big-calendar draws the month and week views with, in place of its own: events
 * as links that explain themselves, frozen days, and ARIA roles the library gets wrong.
 */

export interface ReleaseEvent {
  kind: 'release';
  title: string;
  start: Date;
  end: Date;
  item: CalendarRelease;
}

export interface FreezeEvent {
  kind: 'freeze';
  title: string;
  start: Date;
  end: Date;
  freeze: FreezeOccurrence;
}

export type CalendarEvent = ReleaseEvent | FreezeEvent;

export interface CalendarContextValue {
  freezes: FreezeOccurrence[];
  rangeStart: DateTime;
  classes: ReturnType<typeof useCalendarStyles>;
}

/** Gives the library's cell components the data they are drawn from. */
export const CalendarDataContext = createContext<
  CalendarContextValue | undefined
>(undefined);

function useCalendarData(): CalendarContextValue {
  const value = useContext(CalendarDataContext);
  if (!value) throw new Error('CalendarDataContext is missing');
  return value;
}

export function freezesOn(freezes: FreezeOccurrence[], day: DateTime) {
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

export const calendarComponents = {
  eventWrapper: EventWrapper,
  event: EventContent,
  weekWrapper: WeekEventsCell,
  month: { dateHeader: MonthDateHeader },
  week: { header: WeekDayHeader },
};
