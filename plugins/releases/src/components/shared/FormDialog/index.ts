export { DialogForm, FormDialog } from './FormDialog';
export type { DialogFormProps, FormDialogProps } from './FormDialog';
