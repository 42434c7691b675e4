import { useTheme } from '@material-ui/core/styles';
import type { MonthlyMetrics } from '@releasekit/plugin-releases-common';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMonth, percentOf } from '../metricsFormat';

export interface MonthlyTrendChartProps {
  /** Every month to show, oldest first, quiet months included (see monthsOf). */
  months: MonthlyMetrics[];
  /** Names the chart for assistive technology; the numbers themselves are in a table. */
  title: string;
  height?: number;
  /** A small trend for a card: no grid, legend or right axis. */
  compact?: boolean;
}

/** Releases completed per month as bars, with the on-time and change failure rates as lines. */
export function MonthlyTrendChart(props: MonthlyTrendChartProps) {
  const { months, title, height = 280, compact = false } = props;
  const theme = useTheme();
  const data = months.map(m => ({
    label: formatMonth(m.month),
    completed: m.completed,
    onTime: percentOf(m.onTimeRate),
    changeFailure: percentOf(m.changeFailureRate),
  }));
  return (
    <figure aria-label={title} style={{ margin: 0 }}>
      {/* The initial size renders the chart before the container is measured (and in tests). */}
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={{ width: compact ? 300 : 640, height }}
      >
        <ComposedChart
          data={data}
          margin={{ top: 8, right: compact ? 0 : 8, bottom: 0, left: 0 }}
        >
          {!compact && <CartesianGrid strokeDasharray="3 3" />}
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            yAxisId="count"
            allowDecimals={false}
            width={compact ? 24 : 40}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            yAxisId="percent"
            orientation="right"
            domain={[0, 100]}
            unit="%"
            hide={compact}
            tick={{ fontSize: 12 }}
          />
          <Tooltip />
          {!compact && <Legend />}
          <Bar
            yAxisId="count"
            dataKey="completed"
            name="Releases completed"
            fill={theme.palette.primary.light}
            isAnimationActive={false}
          />
          <Line
            yAxisId="percent"
            dataKey="onTime"
            name="On time (%)"
            stroke={theme.palette.success.main}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            yAxisId="percent"
            dataKey="changeFailure"
            name="Change failure rate (%)"
            stroke={theme.palette.error.main}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
