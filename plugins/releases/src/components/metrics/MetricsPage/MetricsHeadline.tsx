import Grid from '@material-ui/core/Grid';
import type { MetricsSummary } from '@releasekit/plugin-releases-common';
import { formatHours, formatRate } from '../metricsFormat';
import { MetricTile } from '../MetricTile';

/** The range's headline numbers; each is "—" when no release was completed. */
export function MetricsHeadline(props: { summary: MetricsSummary }) {
  const { summary } = props;
  const tiles = [
    {
      label: 'Releases completed',
      value: String(summary.completed),
      hint: 'Released or rolled back, with an outcome',
    },
    {
      label: 'On-time rate',
      value: formatRate(summary.onTimeRate),
      hint: 'Released by the end of the planned window',
    },
    {
      label: 'Average slip',
      value: formatHours(summary.averageSlipHours),
      hint: 'Past the planned window end',
    },
    {
      label: 'P90 slip',
      value: formatHours(summary.p90SlipHours),
      hint: '9 in 10 releases slipped less',
    },
    {
      label: 'Change failure rate',
      value: formatRate(summary.changeFailureRate),
      hint: 'Failed or rolled back',
    },
    {
      label: 'Lead time',
      value: formatHours(summary.averageLeadTimeHours),
      hint: 'From planned to released',
    },
    {
      label: 'Readiness lead time',
      value: formatHours(summary.averageReadinessLeadTimeHours),
      hint: 'From planned to every required item settled',
    },
  ];
  return (
    <Grid container spacing={2}>
      {tiles.map(tile => (
        <Grid item xs={6} sm={4} md={3} lg key={tile.label}>
          <MetricTile {...tile} />
        </Grid>
      ))}
    </Grid>
  );
}
