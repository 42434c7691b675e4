import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type {
  Release,
  ReleaseSummary,
} from '@releasekit/plugin-releases-common';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { formatTimeToWindow, formatWindow } from '../../../formatting';
import { releaseRouteRef } from '../../../routes';
import { ReadinessBar } from '../../shared/ReadinessBar';
import { ReleaseStatusChip } from '../../shared/ReleaseStatusChip';

/**
 * The release to get ready for: the soonest whose window has not ended (or that is running),
 * falling back to the soonest of all so that an overdue plan is not hidden.
 */
function nextReleaseOf(
  releases: ReleaseSummary[],
  now: number,
): ReleaseSummary | undefined {
  const soonestFirst = [...releases].sort(
    (a, b) => Date.parse(a.windowStart) - Date.parse(b.windowStart),
  );
  return (
    soonestFirst.find(
      r => r.status === 'in_progress' || Date.parse(r.windowEnd) >= now,
    ) ?? soonestFirst[0]
  );
}

function Blockers(props: { release: Release }) {
  const { readiness } = props.release;
  const blocked = readiness.components.filter(c => c.requiredOpen > 0);
  if (readiness.requiredOpen === 0) {
    return (
      <Typography variant="body2">
        Nothing blocks it: every required item is settled.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        Still blocking: {readiness.requiredOpen} required item
        {readiness.requiredOpen === 1 ? '' : 's'}
      </Typography>
      <List dense disablePadding aria-label="What still blocks the release">
        {readiness.release.requiredOpen > 0 && (
          <ListItem disableGutters>
            <ListItemText
              primary="Release-level"
              secondary={`${readiness.release.requiredOpen} required open`}
            />
          </ListItem>
        )}
        {blocked.map(component => (
          <ListItem disableGutters key={component.componentRef}>
            <ListItemText
              primary={
                <EntityRefLink
                  entityRef={component.componentRef}
                  defaultKind="component"
                />
              }
              secondary={`${component.requiredOpen} required open`}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}

/** The overview card: the entity's next release, its readiness, how long until its window and what still blocks it. */
export function EntityUpcomingReleaseCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(releasesApiRef);
  const releaseLink = useRouteRef(releaseRouteRef);
  const { value, loading, error } = useAsync(async () => {
    const page = await api.listReleases({
      entityRef,
      status: ['draft', 'planned', 'in_progress'],
      limit: 200,
    });
    const next = nextReleaseOf(page.items, Date.now());
    // The blockers need the checklist, which only the release itself carries.
    return next ? api.getRelease(next.id) : null;
  }, [api, entityRef]);

  let body: React.ReactNode;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else if (!value) {
    body = (
      <Typography variant="body2" color="textSecondary">
        No upcoming release includes this entity.
      </Typography>
    );
  } else {
    body = (
      <>
        <Typography variant="h6" component="h2">
          <Link to={releaseLink({ releaseId: value.id })}>
            {value.title} {value.version}
          </Link>{' '}
          <ReleaseStatusChip status={value.status} />
        </Typography>
        <Typography variant="body2" color="textSecondary" gutterBottom>
          {formatWindow(value.windowStart, value.windowEnd)} ·{' '}
          {formatTimeToWindow(value.windowStart, value.windowEnd)}
        </Typography>
        <ReadinessBar readiness={value.readiness} />
        <Blockers release={value} />
      </>
    );
  }
  return <InfoCard title="Upcoming release">{body}</InfoCard>;
}
