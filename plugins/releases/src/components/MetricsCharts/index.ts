export { MonthlyTrendChart } from './MonthlyTrendChart';
export type { MonthlyTrendChartProps } from './MonthlyTrendChart';
export { TeamBreakdownChart, teamLabel } from './TeamBreakdownChart';
export type { TeamBreakdownChartProps } from './TeamBreakdownChart';
export {
  formatHours,
  formatMonth,
  formatRate,
  monthsOf,
  NO_VALUE,
} from './metricsFormat';
export { MetricTile } from './MetricTile';
export type { MetricTileProps } from './MetricTile';
export { METRICS_RANGES, rangeStart } from './metricsRange';
export type { MetricsRange } from './metricsRange';
