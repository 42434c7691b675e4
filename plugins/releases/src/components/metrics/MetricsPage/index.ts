export { MetricsPage } from './MetricsPage';
