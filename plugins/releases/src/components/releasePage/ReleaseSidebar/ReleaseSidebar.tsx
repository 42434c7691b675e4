import { InfoCard } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { Release } from '@releasekit/plugin-releases-common';
import { ReadinessBar } from '../../shared/ReadinessBar';
import { ActivityTimeline } from '../ActivityTimeline';
import { InsightsPanel } from '../InsightsPanel';
import { RiskPanel } from '../RiskPanel';
import { RisksTable } from '../RisksTable';

export interface ReleaseSidebarProps {
  release: Release;
  /** Changes whenever the release changed on the server, so that the activity reloads. */
  activityKey: number;
}

/** The release page's side column: readiness, the risk score and why, insights from the catalog, declared risks and activity. */
export function ReleaseSidebar(props: ReleaseSidebarProps) {
  const { release, activityKey } = props;
  const { readiness } = release;
  return (
    <Grid container spacing={3} direction="column" wrap="nowrap">
      <Grid item>
        <InfoCard title="Readiness">
          <ReadinessBar
            readiness={readiness}
            label="Readiness of the release"
          />
          <Typography variant="body2" color="textSecondary">
            {readiness.ready
              ? 'Ready: every required item is settled.'
              : `Not ready: ${readiness.requiredOpen} required item${
                  readiness.requiredOpen === 1 ? '' : 's'
                } open.`}
          </Typography>
        </InfoCard>
      </Grid>
      <Grid item>
        <InfoCard title="Risk score">
          <RiskPanel risk={release.risk} />
        </InfoCard>
      </Grid>
      <Grid item>
        <InfoCard title="Insights">
          <InsightsPanel
            releaseId={release.id}
            refreshKey={[
              release.status,
              release.windowStart,
              release.windowEnd,
              ...release.components,
            ].join(' ')}
          />
        </InfoCard>
      </Grid>
      <Grid item>
        <InfoCard title="Risks">
          <RisksTable risks={release.risks} />
        </InfoCard>
      </Grid>
      <Grid item>
        <InfoCard title="Activity">
          <ActivityTimeline releaseId={release.id} refreshKey={activityKey} />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
