import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { formatHours, formatRate, monthsOf } from '../../metrics/metricsFormat';
import { rangeStart } from '../../metrics/metricsRange';
import { MetricTile } from '../../metrics/MetricTile';
import { MonthlyTrendChart } from '../../metrics/MonthlyTrendChart';

const MONTHS = 6;

/**
 * How the entity's releases went over the last six months: on time, change failure rate, slip,
 * how many, and a small trend per month. A system counts the releases of its components.
 */
export function EntityReleaseHealthCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(releasesApiRef);
  const from = useMemo(() => rangeStart(MONTHS), []);
  const { value, loading, error } = useAsync(
    () => api.getMetrics({ entityRef, from }),
    [api, entityRef, from],
  );

  let body: React.ReactNode;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else if (!value || value.overall.completed === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No release of this {entity.kind.toLocaleLowerCase('en-US')} was
        completed in the last {MONTHS} months.
      </Typography>
    );
  } else {
    const { overall } = value;
    body = (
      <>
        <Grid container spacing={1}>
          <Grid item xs={6} sm={3}>
            <MetricTile
              size="small"
              label="On-time rate"
              value={formatRate(overall.onTimeRate)}
              hint="Released by the end of the planned window"
            />
          </Grid>
          <Grid item xs={6} sm={3}>
            <MetricTile
              size="small"
              label="Change failure rate"
              value={formatRate(overall.changeFailureRate)}
              hint="Failed or rolled back"
            />
          </Grid>
          <Grid item xs={6} sm={3}>
            <MetricTile
              size="small"
              label="Average slip"
              value={formatHours(overall.averageSlipHours)}
              hint="Past the planned window end"
            />
          </Grid>
          <Grid item xs={6} sm={3}>
            <MetricTile
              size="small"
              label={`Releases, last ${MONTHS} months`}
              value={String(overall.completed)}
              hint="Released or rolled back"
            />
          </Grid>
        </Grid>
        <MonthlyTrendChart
          compact
          height={120}
          title={`Chart: releases completed per month, last ${MONTHS} months`}
          months={monthsOf(value.from, value.to, value.byMonth)}
        />
      </>
    );
  }
  return <InfoCard title="Release health">{body}</InfoCard>;
}
