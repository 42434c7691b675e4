import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { ReleaseExecution } from '@releasekit/plugin-releases-common';
import { RunbookStep } from './RunbookStep';

export interface RunbookProps {
  releaseId: string;
  execution?: ReleaseExecution;
  error?: Error;
  /** Changes when the release changed on the server, so that opened steps reload too. */
  refreshKey: number;
}

function RunbookBody(props: RunbookProps) {
  const { releaseId, execution, error, refreshKey } = props;
  if (error) {
    return (
      <ResponseErrorPanel title="Could not load the runbook" error={error} />
    );
  }
  // Only the first load: a reload after a signal keeps the runbook shown until it answers.
  if (!execution) return <Progress />;
  if (execution.steps.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No components to deploy.
      </Typography>
    );
  }
  const nothingReported = execution.steps.every(
    step => step.deployments.length === 0,
  );
  return (
    <>
      {execution.degraded && (
        <Alert severity="info" role="note">
          The catalog could not be read, so the steps are in the release’s own
          order rather than dependencies first.
        </Alert>
      )}
      {nothingReported && (
        <Typography variant="body2" color="textSecondary">
          No deployments reported yet: pipelines report them to POST
          /api/releases/deployments, and the steps follow as they arrive.
        </Typography>
      )}
      <ol
        aria-label="Runbook steps"
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {execution.steps.map(step => (
          <RunbookStep
            key={step.entityRef}
            step={step}
            releaseId={releaseId}
            refreshKey={refreshKey}
          />
        ))}
      </ol>
    </>
  );
}

/**
 * The release's components as steps in the order to deploy them (dependencies first, the steps of
 * a cycle together), each with its status and latest deployment, live as pipelines report.
 */
export function Runbook(props: RunbookProps) {
  return (
    <InfoCard
      title="Runbook"
      titleTypographyProps={{ component: 'h2' }}
      subheader="Deploy in this order; a step is deployed once production has it."
    >
      <RunbookBody {...props} />
    </InfoCard>
  );
}
