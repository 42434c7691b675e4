export { ReleaseActions } from './ReleaseActions';
export type { ReleaseActionsProps } from './ReleaseActions';
