import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  Deployment,
  ExecutionStep,
} from '@releasekit/plugin-releases-common';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { entityNameOf } from '../../../formatting';
import { DeploymentStatusLabel } from '../../shared/DeploymentStatusLabel';
import {
  DeploymentsByEnvironment,
  RunLink,
} from '../../shared/DeploymentsByEnvironment';
import { RelativeTime } from '../../shared/RelativeTime';
import { ReportedBy } from '../../shared/ReportedBy';

function ReleaseDeploymentsTable(props: {
  deployments: Deployment[];
  label: string;
}) {
  const { deployments, label } = props;
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Environment</TableCell>
            <TableCell>Version</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Started</TableCell>
            <TableCell>Finished</TableCell>
            <TableCell>By</TableCell>
            <TableCell>Run</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {deployments.map(deployment => (
            <TableRow key={deployment.id}>
              <TableCell>{deployment.environment}</TableCell>
              <TableCell>{deployment.version}</TableCell>
              <TableCell>
                <DeploymentStatusLabel status={deployment.status} />
              </TableCell>
              <TableCell>
                <RelativeTime iso={deployment.startedAt} />
              </TableCell>
              <TableCell>
                {deployment.finishedAt ? (
                  <RelativeTime iso={deployment.finishedAt} />
                ) : (
                  '–'
                )}
              </TableCell>
              <TableCell>
                <ReportedBy by={deployment.reportedBy} />
              </TableCell>
              <TableCell>
                <RunLink
                  url={deployment.url}
                  label={`Pipeline run of ${deployment.version} in ${deployment.environment}`}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** What is deployed where for the component now, whichever release brought it. */
function DeployedNow(props: {
  entityRef: string;
  releaseId: string;
  refreshKey: number;
}) {
  const { entityRef, releaseId, refreshKey } = props;
  const api = useApi(releasesApiRef);
  const { value, error } = useAsync(
    () => api.getCurrentDeployments(entityRef),
    [api, entityRef, refreshKey],
  );
  if (error) {
    return (
      <ResponseErrorPanel
        title="Could not load what is deployed where"
        error={error}
      />
    );
  }
  if (!value) return <Progress />;
  return (
    <DeploymentsByEnvironment
      current={value}
      label={`Deployed version of ${entityNameOf(entityRef)} per environment`}
      thisReleaseId={releaseId}
    />
  );
}

export interface StepDeploymentsProps {
  step: ExecutionStep;
  releaseId: string;
  /** Changes when the release changed on the server, so that what is deployed where reloads. */
  refreshKey: number;
}

/** A step opened up: the component's deployments for this release, and what runs where now. */
export function StepDeployments(props: StepDeploymentsProps) {
  const { step, releaseId, refreshKey } = props;
  const name = entityNameOf(step.entityRef);
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        Deployments of {name} for this release
      </Typography>
      {step.deployments.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          None reported yet.
        </Typography>
      ) : (
        <ReleaseDeploymentsTable
          deployments={step.deployments}
          label={`Deployments of ${name} for this release`}
        />
      )}
      <Typography variant="subtitle2" component="h3" style={{ marginTop: 8 }}>
        Deployed now, per environment
      </Typography>
      <DeployedNow
        entityRef={step.entityRef}
        releaseId={releaseId}
        refreshKey={refreshKey}
      />
    </>
  );
}
