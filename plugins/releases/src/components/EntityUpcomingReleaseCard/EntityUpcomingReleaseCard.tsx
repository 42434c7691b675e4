import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../api';
import { formatRelative, formatWindow } from '../../formatting';
import { releaseRouteRef } from '../../routes';
import { ReadinessBar } from '../ReadinessBar';
import { ReleaseStatusChip } from '../ReleaseStatusChip';

/** The overview card: the entity's next release, its readiness and how long until its window. */
export function EntityUpcomingReleaseCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(releasesApiRef);
  const releaseLink = useRouteRef(releaseRouteRef);
  const { value, loading, error } = useAsync(
    () =>
      api.listReleases({
        entityRef,
        status: ['draft', 'planned', 'in_progress'],
        limit: 200,
      }),
    [api, entityRef],
  );

  let body: React.ReactNode;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else {
    // Newest window first from the API: the next one is the last.
    const next = value?.items[value.items.length - 1];
    body = next ? (
      <>
        <Typography variant="h6">
          <Link to={releaseLink({ releaseId: next.id })}>
            {next.title} {next.version}
          </Link>{' '}
          <ReleaseStatusChip status={next.status} />
        </Typography>
        <Typography variant="body2" color="textSecondary" gutterBottom>
          {formatWindow(next.windowStart, next.windowEnd)} · starts{' '}
          {formatRelative(next.windowStart)}
        </Typography>
        <ReadinessBar readiness={next.readiness} />
      </>
    ) : (
      <Typography variant="body2" color="textSecondary">
        No upcoming release includes this entity.
      </Typography>
    );
  }
  return <InfoCard title="Upcoming release">{body}</InfoCard>;
}
