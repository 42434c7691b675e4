import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { DeploymentMetrics } from '@releasekit/plugin-releases-common';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { formatHours, formatPerWeek, formatRate } from '../metricsFormat';
import { MetricTile } from '../MetricTile';
import {
  ComponentDeploymentsTable,
  TeamDeploymentsTable,
} from './DeploymentMetricsTables';

export interface DeploymentMetricsSectionProps {
  /** The page's range start, ISO 8601; the range runs until now. */
  from: string;
  /** The page's team filter, if any. */
  owner: string | null;
}

/** What each figure means, as the API computes it (DeploymentFigures in -common). */
function Definitions(props: { environment: string }) {
  const { environment } = props;
  const terms = [
    [
      'Deployment frequency',
      `Deployments to ${environment} finished in the range (succeeded, failed or rolled back), divided by the weeks in the range.`,
    ],
    [
      'Change failure rate',
      `The share of those deployments that failed or were rolled back.`,
    ],
    [
      'Mean time to restore',
      `The mean time from a failed or rolled-back deployment to the next successful one of the same component, over the failures restored in the range.`,
    ],
  ];
  return (
    <Box component="dl" mt={2} mb={0}>
      {terms.map(([term, definition]) => (
        <Box key={term} mb={1}>
          <Typography variant="subtitle2" component="dt">
            {term}
          </Typography>
          <Typography variant="body2" color="textSecondary" component="dd">
            {definition}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function DeploymentFiguresView(props: { metrics: DeploymentMetrics }) {
  const { overall, byTeam, byComponent, environment } = props.metrics;
  const tiles = [
    {
      label: 'Deployment frequency',
      value: formatPerWeek(overall.perWeek),
      hint: `${overall.deployments} deployment${
        overall.deployments === 1 ? '' : 's'
      } to ${environment}`,
    },
    {
      label: 'Deployment change failure rate',
      value: formatRate(overall.changeFailureRate),
      hint: 'Failed or rolled back',
    },
    {
      label: 'Mean time to restore',
      value: formatHours(overall.meanTimeToRestoreHours),
      hint: 'Until the next successful deployment',
    },
  ];
  return (
    <>
      <Grid container spacing={2}>
        {tiles.map(tile => (
          <Grid item xs={12} sm={4} key={tile.label}>
            <MetricTile {...tile} />
          </Grid>
        ))}
      </Grid>
      <Definitions environment={environment} />
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <TeamDeploymentsTable teams={byTeam} />
        </Grid>
        <Grid item xs={12}>
          <ComponentDeploymentsTable components={byComponent} />
        </Grid>
      </Grid>
    </>
  );
}

/**
 * The deployment view of the metrics, next to the plan-based figures: how often production is
 * deployed, how often that fails and how long until it is restored, from the deployments pipelines
 * report, for the page's range and team.
 */
export function DeploymentMetricsSection(props: DeploymentMetricsSectionProps) {
  const { from, owner } = props;
  const api = useApi(releasesApiRef);
  const { value, loading, error } = useAsync(
    () => api.getDeploymentMetrics({ from, ...(owner ? { owner } : {}) }),
    [api, from, owner],
  );

  let body: React.ReactNode;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <ResponseErrorPanel
        title="Could not load the deployment metrics"
        error={error}
      />
    );
  } else if (!value || value.overall.deployments === 0) {
    body = (
      <>
        <Typography variant="body1">
          No production deployment finished in this range.
        </Typography>
        <Typography variant="body2" color="textSecondary">
          The figures come from the deployments pipelines report to POST
          /api/releases/deployments. Pick a longer range or another team.
        </Typography>
      </>
    );
  } else {
    body = <DeploymentFiguresView metrics={value} />;
  }
  return (
    <InfoCard
      title="Deployments"
      titleTypographyProps={{ component: 'h2' }}
      subheader="From the deployments pipelines report"
    >
      {body}
    </InfoCard>
  );
}
