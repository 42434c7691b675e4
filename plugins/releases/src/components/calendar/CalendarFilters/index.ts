export { CalendarFilters } from './CalendarFilters';
export type { CalendarFiltersProps } from './CalendarFilters';
