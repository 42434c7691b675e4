export { NotApplicableDialog } from './NotApplicableDialog';
export type { NotApplicableDialogProps } from './NotApplicableDialog';
