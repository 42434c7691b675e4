export { LazyCalendarPage as CalendarPage } from './LazyCalendarPage';
