export { ChecklistSection } from './ChecklistSection';
export type { ChecklistSectionProps } from './ChecklistSection';
