import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  InfoCard,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';
import { EntityRefPicker } from '../../shared/EntityRefPicker';
import { DeploymentMetricsSection } from '../DeploymentMetrics';
import { monthsOf } from '../metricsFormat';
import { METRICS_RANGES, rangeStart, type MetricsRange } from '../metricsRange';
import { MonthlyTrendChart } from '../MonthlyTrendChart';
import { TeamBreakdownChart } from '../TeamBreakdownChart';
import { MetricsHeadline } from './MetricsHeadline';
import { MonthlyMetricsTable, TeamMetricsTable } from './MetricsTables';

/**
 * How releases went across the organisation, or for one team: on time, slip, change failure rate
 * and lead times, with a trend per month and a breakdown per team, as charts and as tables; and
 * how production deployments went, for the same range and team.
 */
export function MetricsPage() {
  const api = useApi(releasesApiRef);
  const rootLink = useRouteRef(rootRouteRef);
  const [range, setRange] = useState<MetricsRange>(6);
  const [owner, setOwner] = useState<string | null>(null);
  const from = useMemo(() => rangeStart(range), [range]);
  const { value, loading, error } = useAsync(
    () => api.getMetrics({ from, ...(owner ? { owner } : {}) }),
    [api, from, owner],
  );

  let body: React.ReactNode;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else if (value) {
    const months = monthsOf(value.from, value.to, value.byMonth);
    body = (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard title="Headline">
            <MetricsHeadline summary={value.overall} />
          </InfoCard>
        </Grid>
        {value.overall.completed === 0 ? (
          <Grid item xs={12}>
            <EmptyState
              missing="data"
              title="No release was completed in this range"
              description="Metrics count releases that were released or rolled back with a recorded outcome. Pick a longer range or another team."
            />
          </Grid>
        ) : (
          <>
            <Grid item xs={12}>
              <InfoCard title="Trend per month">
                <MonthlyTrendChart
                  title="Chart: releases completed, on-time and change failure rates per month"
                  months={months}
                />
                <MonthlyMetricsTable months={months} />
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <InfoCard title="Per team">
                <TeamBreakdownChart
                  title="Chart: on-time and change failure rates per team"
                  teams={value.byTeam}
                />
                <TeamMetricsTable teams={value.byTeam} />
              </InfoCard>
            </Grid>
          </>
        )}
      </Grid>
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title="Release metrics"
        subtitle="How releases went: on time, slip, failures and lead times"
        type="Releases"
        typeLink={rootLink()}
      />
      <Content>
        <ContentHeader title="Completed releases">
          <Grid container spacing={2} wrap="nowrap">
            <Grid item>
              <TextField
                id="metrics-range"
                select
                label="Range"
                value={range}
                onChange={event =>
                  setRange(Number(event.target.value) as MetricsRange)
                }
                variant="outlined"
                margin="dense"
                style={{ minWidth: 180 }}
              >
                {METRICS_RANGES.map(months => (
                  <MenuItem key={months} value={months}>
                    Last {months} months
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid item style={{ minWidth: 260 }}>
              <EntityRefPicker
                id="metrics-owner"
                label="Owning team"
                kinds={['Group']}
                value={owner}
                onChange={setOwner}
                helperText="All teams when empty"
              />
            </Grid>
          </Grid>
        </ContentHeader>
        {body}
        <Box mt={3}>
          <DeploymentMetricsSection from={from} owner={owner} />
        </Box>
      </Content>
    </Page>
  );
}
