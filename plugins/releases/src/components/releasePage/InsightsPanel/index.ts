export { InsightsPanel } from './InsightsPanel';
export type { InsightsPanelProps } from './InsightsPanel';
