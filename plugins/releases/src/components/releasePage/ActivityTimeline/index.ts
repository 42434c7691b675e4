export { ActivityTimeline } from './ActivityTimeline';
export type { ActivityTimelineProps } from './ActivityTimeline';
