export { ReleaseStatusChip } from './ReleaseStatusChip';
