export { DecisionsSection } from './DecisionsSection';
export type { DecisionsSectionProps } from './DecisionsSection';
