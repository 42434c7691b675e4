export { ExecutionBanner } from './ExecutionBanner';
export type { ExecutionBannerProps } from './ExecutionBanner';
