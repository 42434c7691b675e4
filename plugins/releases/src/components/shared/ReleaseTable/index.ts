export { ReleaseTable } from './ReleaseTable';
