export { ReportedBy } from './ReportedBy';
