export { ChecklistItemRow } from './ChecklistItemRow';
export type { ChecklistItemRowProps } from './ChecklistItemRow';
