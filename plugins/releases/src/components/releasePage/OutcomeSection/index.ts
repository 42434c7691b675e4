export { OutcomeSection } from './OutcomeSection';
export type { OutcomeSectionProps } from './OutcomeSection';
