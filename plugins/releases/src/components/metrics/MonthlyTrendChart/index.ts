export { MonthlyTrendChart } from './MonthlyTrendChart';
export type { MonthlyTrendChartProps } from './MonthlyTrendChart';
