export { ReleaseDetailsPage } from './ReleaseDetailsPage';
