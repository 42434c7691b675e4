export { EntityUpcomingReleaseCard } from './EntityUpcomingReleaseCard';
