export { ComponentChecksCard } from './ComponentChecksCard';
export type { ComponentChecksCardProps } from './ComponentChecksCard';
