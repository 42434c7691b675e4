import { parseEntityRef } from '@backstage/catalog-model';
import { useTheme } from '@material-ui/core/styles';
import type { TeamMetrics } from '@releasekit/plugin-releases-common';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { percentOf } from '../metricsFormat';

/** "group:default/checkout-team" as "checkout-team"; other namespaces stay visible. */
export function teamLabel(ref: string): string {
  try {
    const { namespace, name } = parseEntityRef(ref);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}

export interface TeamBreakdownChartProps {
  teams: TeamMetrics[];
  title: string;
  height?: number;
}

/** Per owning team: the on-time and change failure rates side by side. */
export function TeamBreakdownChart(props: TeamBreakdownChartProps) {
  const { teams, title, height = 280 } = props;
  const theme = useTheme();
  const data = teams.map(t => ({
    label: teamLabel(t.owner),
    onTime: percentOf(t.onTimeRate),
    changeFailure: percentOf(t.changeFailureRate),
  }));
  return (
    <figure aria-label={title} style={{ margin: 0 }}>
      <ResponsiveContainer
        width="100%"
        height={height}
        initialDimension={{ width: 640, height }}
      >
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          <Bar
            dataKey="onTime"
            name="On time (%)"
            fill={theme.palette.success.main}
            isAnimationActive={false}
          />
          <Bar
            dataKey="changeFailure"
            name="Change failure rate (%)"
            fill={theme.palette.error.main}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
