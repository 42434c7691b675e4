export { DeploymentsByEnvironment, RunLink } from './DeploymentsByEnvironment';
export type { DeploymentsByEnvironmentProps } from './DeploymentsByEnvironment';
