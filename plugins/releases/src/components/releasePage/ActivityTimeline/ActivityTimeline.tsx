import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { formatRelative } from '../../../formatting';

export interface ActivityTimelineProps {
  releaseId: string;
  /** Changes whenever the release changed, so the timeline reloads. */
  refreshKey?: number;
}

/** The release's activity, newest first: who changed what, and when. */
export function ActivityTimeline(props: ActivityTimelineProps) {
  const { releaseId, refreshKey } = props;
  const api = useApi(releasesApiRef);
  const { value, loading, error } = useAsync(
    () => api.getActivity(releaseId),
    [api, releaseId, refreshKey],
  );
  // Keep showing the last timeline while a refresh loads, so it does not flicker on every tick.
  if (loading && !value) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value || value.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Nothing has happened yet.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="Activity">
      {value.map(entry => (
        <ListItem key={entry.id} disableGutters divider>
          <ListItemText
            primary={entry.summary}
            secondaryTypographyProps={{ component: 'div' }}
            secondary={
              <>
                <EntityRefLink entityRef={entry.actor} defaultKind="user" />
                {' · '}
                <time
                  dateTime={entry.at}
                  title={DateTime.fromISO(entry.at).toLocaleString(
                    DateTime.DATETIME_MED,
                  )}
                >
                  {formatRelative(entry.at)}
                </time>
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
