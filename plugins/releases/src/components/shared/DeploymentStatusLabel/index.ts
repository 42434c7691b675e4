export {
  DeploymentStatusLabel,
  StepStatusLabel,
} from './DeploymentStatusLabel';
