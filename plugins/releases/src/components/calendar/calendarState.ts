import {
  RELEASE_STATUSES,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';

export type CalendarView = 'month' | 'week' | 'timeline';
export const CALENDAR_VIEWS: readonly CalendarView[] = [
  'month',
  'week',
  'timeline',
];

/** How the timeline puts releases in lanes. */
export type TimelineGrouping = 'team' | 'system';

/**
 * Everything that decides what the calendar shows. It lives in the URL, so a link shows a colleague
 * the same calendar: `?view=week&date=2026-12-01&owner=group:default/web-team&status=planned`.
 */
export interface CalendarState {
  view: CalendarView;
  /** A day inside the shown range, `yyyy-MM-dd`; the range is the month or week around it. */
  date: string;
  groupBy: TimelineGrouping;
  /** The owning team, sent to the API. */
  owner?: string;
  /** A system; sent to the API as `entityRef` unless a component narrows it. */
  system?: string;
  component?: string;
  /** Statuses to show; empty means all. Filtered here, the API has no such filter. */
  statuses: ReleaseStatus[];
  /** Only releases owned by the viewer or one of their groups. */
  mine: boolean;
}

const DATE_FORMAT = 'yyyy-LL-dd';

function isView(value: string | null): value is CalendarView {
  return CALENDAR_VIEWS.includes(value as CalendarView);
}

function isStatus(value: string): value is ReleaseStatus {
  return RELEASE_STATUSES.includes(value as ReleaseStatus);
}

/** Reads the calendar's state from the URL; anything missing or unreadable takes its default. */
export function calendarStateFrom(
  params: URLSearchParams,
  today: DateTime = DateTime.now(),
): CalendarState {
  const view = params.get('view');
  const date = DateTime.fromISO(params.get('date') ?? '');
  return {
    view: isView(view) ? view : 'month',
    date: (date.isValid ? date : today).toFormat(DATE_FORMAT),
    groupBy: params.get('groupBy') === 'system' ? 'system' : 'team',
    owner: params.get('owner') || undefined,
    system: params.get('system') || undefined,
    component: params.get('component') || undefined,
    statuses: (params.get('status') ?? '').split(',').filter(isStatus),
    mine: params.get('mine') === 'true',
  };
}

/** The URL form of a state; the view and date are always written so a link pins the range. */
export function searchParamsOf(state: CalendarState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('view', state.view);
  params.set('date', state.date);
  if (state.view === 'timeline' || state.groupBy !== 'team') {
    params.set('groupBy', state.groupBy);
  }
  if (state.owner) params.set('owner', state.owner);
  if (state.system) params.set('system', state.system);
  if (state.component) params.set('component', state.component);
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  if (state.mine) params.set('mine', 'true');
  return params;
}

/**
 * The range a view shows around a day, end exclusive: the month view shows whole weeks (Monday
 * first, as the calendar's localizer is set up), the week view one week, the timeline one month.
 */
export function visibleRange(
  view: CalendarView,
  date: string,
): { start: DateTime; end: DateTime } {
  const day = DateTime.fromISO(date).startOf('day');
  if (view === 'week') {
    const start = day.startOf('week');
    return { start, end: start.plus({ weeks: 1 }) };
  }
  if (view === 'timeline') {
    const start = day.startOf('month');
    return { start, end: start.plus({ months: 1 }) };
  }
  return {
    start: day.startOf('month').startOf('week'),
    end: day.endOf('month').endOf('week').plus({ milliseconds: 1 }),
  };
}

/** The day to show after moving back or forward by one view's length, or to today. */
export function navigateDate(
  view: CalendarView,
  date: string,
  action: 'previous' | 'next' | 'today',
  today: DateTime = DateTime.now(),
): string {
  if (action === 'today') return today.toFormat(DATE_FORMAT);
  const step = view === 'week' ? { weeks: 1 } : { months: 1 };
  const day = DateTime.fromISO(date);
  const moved = action === 'next' ? day.plus(step) : day.minus(step);
  // Months start on the 1st so that stepping from the 31st does not skip a month.
  return (view === 'week' ? moved : moved.startOf('month')).toFormat(
    DATE_FORMAT,
  );
}

/** "December 2026", or for a week "30 Nov – 6 Dec 2026". */
export function rangeLabel(view: CalendarView, date: string): string {
  const { start, end } = visibleRange(view, date);
  if (view !== 'week') return DateTime.fromISO(date).toFormat('LLLL yyyy');
  const last = end.minus({ days: 1 });
  return `${start.toFormat('d LLL')} – ${last.toFormat('d LLL yyyy')}`;
}
