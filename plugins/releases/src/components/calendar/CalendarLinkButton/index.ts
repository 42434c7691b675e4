export { CalendarLinkButton } from './CalendarLinkButton';
