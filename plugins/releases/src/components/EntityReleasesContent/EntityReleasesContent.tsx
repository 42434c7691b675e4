import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { isClosedStatus } from '@releasekit/plugin-releases-common';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../api';
import { ReleaseTable } from '../ReleaseTable';

/** The Releases tab of a component or system: its upcoming and past releases. */
export function EntityReleasesContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(releasesApiRef);
  const { value, loading, error } = useAsync(
    () => api.listReleases({ entityRef, limit: 200 }),
    [api, entityRef],
  );

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const releases = value?.items ?? [];
  if (releases.length === 0) {
    return (
      <EmptyState
        missing="data"
        title={`No releases of ${
          entity.metadata.title ?? entity.metadata.name
        } yet`}
        description="Release plans that include this entity will show here."
      />
    );
  }
  // The API lists newest window first; upcoming reads better soonest first.
  const upcoming = releases.filter(r => !isClosedStatus(r.status)).reverse();
  const past = releases.filter(r => isClosedStatus(r.status));
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <ReleaseTable
          title="Upcoming releases"
          releases={upcoming}
          emptyContent={<EmptyState missing="data" title="Nothing upcoming" />}
        />
      </Grid>
      <Grid item xs={12}>
        <ReleaseTable title="Past releases" releases={past} />
      </Grid>
    </Grid>
  );
}
