export { DeploymentMetricsSection } from './DeploymentMetricsSection';
export type { DeploymentMetricsSectionProps } from './DeploymentMetricsSection';
