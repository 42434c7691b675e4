import { useRouteRef } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { Link as RouterLink } from 'react-router-dom';
import { metricsRouteRef } from '../../../routes';

/** "Metrics": the way from the list of releases to how they went. */
export function MetricsLinkButton() {
  const metricsRoute = useRouteRef(metricsRouteRef);
  return (
    <Button
      component={RouterLink}
      to={metricsRoute()}
      startIcon={<AssessmentIcon />}
    >
      Metrics
    </Button>
  );
}
