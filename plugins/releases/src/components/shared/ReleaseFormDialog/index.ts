export { ReleaseFormDialog } from './ReleaseFormDialog';
export type { ReleaseFormDialogProps } from './ReleaseFormDialog';
export type { ReleaseFormValues } from './formValues';
