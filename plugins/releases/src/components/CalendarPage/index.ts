export { LazyCalendarPage as CalendarPage } from './LazyCalendarPage';
export { CalendarLinkButton } from './CalendarLinkButton';
