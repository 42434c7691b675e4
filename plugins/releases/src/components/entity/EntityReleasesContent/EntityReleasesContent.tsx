import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import {
  isClosedStatus,
  type ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef, type ReleasesApi } from '../../../api';
import { useViewerRefs } from '../../../hooks/useViewerRefs';
import { countViewersOpenItems } from '../../../ownership';
import { PlanReleaseButton } from '../../shared/PlanReleaseButton';
import { ReleaseTable } from '../../shared/ReleaseTable';
import { ComponentChecksCard } from '../ComponentChecksCard';
import { releaseDefaultsFor } from './releaseDefaultsFor';

/**
 * Upcoming releases are few, and only they need the viewer's open items, so only their details
 * are loaded (in parallel); past releases show what the list carries. The cap keeps a pathological
 * entity from fanning out into hundreds of requests.
 */
const MAX_DETAILED_RELEASES = 25;

function byWindowStart(a: ReleaseSummary, b: ReleaseSummary): number {
  return Date.parse(a.windowStart) - Date.parse(b.windowStart);
}

/** The viewer's open items in each upcoming release, from the releases' details. */
function useViewerOpenItems(
  api: ReleasesApi,
  upcoming: ReleaseSummary[],
): Map<string, number> {
  const viewerRefs = useViewerRefs();
  const upcomingIds = upcoming
    .slice(0, MAX_DETAILED_RELEASES)
    .map(r => r.id)
    .join(',');
  const details = useAsync(
    async () =>
      upcomingIds
        ? Promise.all(upcomingIds.split(',').map(id => api.getRelease(id)))
        : [],
    [api, upcomingIds],
  );
  const viewerOpenItems = useMemo(() => {
    const counts = new Map<string, number>();
    if (!viewerRefs) return counts;
    for (const release of details.value ?? []) {
      counts.set(
        release.id,
        countViewersOpenItems(release.checklist, viewerRefs),
      );
    }
    return counts;
  }, [details.value, viewerRefs]);
  return viewerOpenItems;
}

/** The Releases tab of a component or system: its upcoming and past releases, and a component's checks. */
export function EntityReleasesContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(releasesApiRef);
  const defaults = useMemo(() => releaseDefaultsFor(entity), [entity]);

  const { value, loading, error } = useAsync(async () => {
    const page = await api.listReleases({ entityRef, limit: 200 });
    return {
      upcoming: page.items
        .filter(r => !isClosedStatus(r.status))
        .sort(byWindowStart),
      // The API lists newest window first, which is how history reads best.
      past: page.items.filter(r => isClosedStatus(r.status)),
    };
  }, [api, entityRef]);

  const viewerOpenItems = useViewerOpenItems(api, value?.upcoming ?? []);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  const upcoming = value?.upcoming ?? [];
  const past = value?.past ?? [];
  const name = entity.metadata.title ?? entity.metadata.name;
  // Checks are reported per component; a system's releases are its components' concern.
  const checks = entity.kind.toLocaleLowerCase('en-US') === 'component' && (
    <Grid item xs={12}>
      <ComponentChecksCard
        entityRef={entityRef}
        releaseIds={upcoming.map(r => r.id)}
      />
    </Grid>
  );
  if (upcoming.length === 0 && past.length === 0) {
    return (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <EmptyState
            missing="data"
            title={`No releases of ${name} yet`}
            description="Release plans that include this entity will show here."
            action={<PlanReleaseButton initialValues={defaults} />}
          />
        </Grid>
        {checks}
      </Grid>
    );
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box display="flex" justifyContent="flex-end">
          <PlanReleaseButton initialValues={defaults} />
        </Box>
      </Grid>
      <Grid item xs={12}>
        <ReleaseTable
          title="Upcoming releases"
          releases={upcoming}
          viewerOpenItems={viewerOpenItems}
          emptyContent={
            <Box p={2}>
              Nothing upcoming. Plan a release to start its checklist.
            </Box>
          }
        />
      </Grid>
      {checks}
      <Grid item xs={12}>
        <ReleaseTable
          title="Past releases"
          releases={past}
          emptyContent={<Box p={2}>No past releases.</Box>}
        />
      </Grid>
    </Grid>
  );
}
