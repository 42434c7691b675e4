export { ReleaseHeader } from './ReleaseHeader';
