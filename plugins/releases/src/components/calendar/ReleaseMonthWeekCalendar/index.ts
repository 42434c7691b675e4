export { ReleaseMonthWeekCalendar } from './ReleaseMonthWeekCalendar';
export type { ReleaseMonthWeekCalendarProps } from './ReleaseMonthWeekCalendar';
