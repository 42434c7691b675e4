export { CalendarLegend } from './CalendarLegend';
