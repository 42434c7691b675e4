export { MetricsLinkButton } from './MetricsLinkButton';
