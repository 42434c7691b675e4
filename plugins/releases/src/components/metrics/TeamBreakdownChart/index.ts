export { teamLabel, TeamBreakdownChart } from './TeamBreakdownChart';
export type { TeamBreakdownChartProps } from './TeamBreakdownChart';
