export { ReleaseChecklists } from './ReleaseChecklists';
export type { ReleaseChecklistsProps } from './ReleaseChecklists';
