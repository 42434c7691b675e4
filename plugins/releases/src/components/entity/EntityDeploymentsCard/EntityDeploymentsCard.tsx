import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { DeploymentsByEnvironment } from '../../shared/DeploymentsByEnvironment';

/**
 * What is deployed where for a component: per configured environment, the version its pipelines
 * last deployed successfully, the release it came with, when, who or which pipeline, and the run.
 */
export function EntityDeploymentsCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(releasesApiRef);
  const { value, loading, error } = useAsync(
    () => api.getCurrentDeployments(entityRef),
    [api, entityRef],
  );

  let body: React.ReactNode;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = (
      <ResponseErrorPanel title="Could not load deployments" error={error} />
    );
  } else if (!value || value.environments.every(env => !env.deployment)) {
    body = (
      <>
        <Typography variant="body1">No deployments reported yet.</Typography>
        <Typography variant="body2" color="textSecondary">
          Pipelines report each deployment to POST /api/releases/deployments
          with the component, version, environment and status.
        </Typography>
      </>
    );
  } else {
    body = (
      <DeploymentsByEnvironment
        current={value}
        label="Deployed version per environment"
      />
    );
  }
  return <InfoCard title="Deployments">{body}</InfoCard>;
}
