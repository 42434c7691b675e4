import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import MuiLink from '@material-ui/core/Link';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  CurrentDeployments,
  Deployment,
} from '@releasekit/plugin-releases-common';
import { releaseRouteRef } from '../../../routes';
import { isHttpUrl } from '../../releasePage/EvidenceLinkDialog';
import { RelativeTime } from '../RelativeTime';
import { ReportedBy } from '../ReportedBy';
import { useReleaseNames } from './useReleaseNames';

export interface DeploymentsByEnvironmentProps {
  current: CurrentDeployments;
  /** The table's accessible name. */
  label: string;
  /** On a release's own page, its deployments say "this release" rather than its name. */
  thisReleaseId?: string;
}

/** The pipeline run of a deployment, underlined: a link must not differ from its text by colour alone. */
export function RunLink(props: { url: string | null; label: string }) {
  const { url, label } = props;
  if (!url || !isHttpUrl(url)) return <>–</>;
  return (
    <MuiLink
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      underline="always"
      aria-label={label}
    >
      Pipeline run
    </MuiLink>
  );
}

function ReleaseCell(props: {
  deployment: Deployment;
  names: Map<string, string>;
  thisReleaseId?: string;
}) {
  const { deployment, names, thisReleaseId } = props;
  const releaseLink = useRouteRef(releaseRouteRef);
  const { releaseId } = deployment;
  // None matched, or one the viewer may not read (the API hides it): nothing to name either way.
  if (!releaseId) return <>–</>;
  if (releaseId === thisReleaseId) return <>This release</>;
  return (
    <Link to={releaseLink({ releaseId })} underline="always">
      {names.get(releaseId) ?? `Release ${releaseId}`}
    </Link>
  );
}

/**
 * What is deployed where: per environment, in configuration order, the version of the latest
 * succeeded deployment, the release it came with, when it finished, who reported it and its run.
 */
export function DeploymentsByEnvironment(props: DeploymentsByEnvironmentProps) {
  const { current, label, thisReleaseId } = props;
  const names = useReleaseNames(
    current.environments.flatMap(env =>
      env.deployment?.releaseId && env.deployment.releaseId !== thisReleaseId
        ? [env.deployment.releaseId]
        : [],
    ),
  );
  return (
    <TableContainer>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            <TableCell>Environment</TableCell>
            <TableCell>Version</TableCell>
            <TableCell>Release</TableCell>
            <TableCell>Deployed</TableCell>
            <TableCell>By</TableCell>
            <TableCell>Run</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {current.environments.map(({ name, production, deployment }) => (
            <TableRow key={name}>
              {/* MUI calls any cell given a component a "cell"; this one heads its row. */}
              <TableCell component="th" scope="row" role="rowheader">
                {name}
                {/* "prod (production)"; an environment named production says so already. */}
                {production &&
                  name.toLocaleLowerCase('en-US') !== 'production' && (
                    <Typography variant="caption" color="textSecondary">
                      {' '}
                      (production)
                    </Typography>
                  )}
              </TableCell>
              {deployment ? (
                <>
                  <TableCell>{deployment.version}</TableCell>
                  <TableCell>
                    <ReleaseCell
                      deployment={deployment}
                      names={names}
                      thisReleaseId={thisReleaseId}
                    />
                  </TableCell>
                  <TableCell>
                    <RelativeTime
                      iso={deployment.finishedAt ?? deployment.startedAt}
                    />
                  </TableCell>
                  <TableCell>
                    <ReportedBy by={deployment.reportedBy} />
                  </TableCell>
                  <TableCell>
                    <RunLink
                      url={deployment.url}
                      label={`Pipeline run of ${deployment.version} in ${name}`}
                    />
                  </TableCell>
                </>
              ) : (
                <TableCell colSpan={5}>
                  <Typography variant="body2" color="textSecondary">
                    Nothing deployed yet
                  </Typography>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
