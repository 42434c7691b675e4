export { EvidenceLinkDialog, isHttpUrl } from './EvidenceLinkDialog';
export type { EvidenceLinkDialogProps } from './EvidenceLinkDialog';
