export { SubscribeButton } from './SubscribeButton';
export type { SubscribeButtonProps } from './SubscribeButton';
