import {
  Content,
  Header,
  HeaderLabel,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRefParams } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { STATUS_LABELS } from '@releasekit/plugin-releases-common';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../api';
import { formatWindow } from '../../formatting';
import { releaseRouteRef } from '../../routes';
import { ReadinessBar } from '../ReadinessBar';

/** One release: its plan, its readiness and its checklist. */
export function ReleaseDetailsPage() {
  const { releaseId } = useRouteRefParams(releaseRouteRef);
  const api = useApi(releasesApiRef);
  const {
    value: release,
    loading,
    error,
  } = useAsync(() => api.getRelease(releaseId), [api, releaseId]);

  if (loading) return <Progress />;
  if (error || !release)
    return <ResponseErrorPanel error={error ?? new Error('Not found')} />;
  return (
    <Page themeId="tool">
      <Header title={`${release.title} ${release.version}`} type="Release">
        <HeaderLabel label="Status" value={STATUS_LABELS[release.status]} />
        <HeaderLabel
          label="Window"
          value={formatWindow(release.windowStart, release.windowEnd)}
        />
        <HeaderLabel
          label="Owner"
          value={<EntityRefLink entityRef={release.owner} />}
        />
      </Header>
      <Content>
        <ReadinessBar readiness={release.readiness} />
        {release.readiness.components.map(component => (
          <section key={component.componentRef}>
            <Typography variant="h6">
              <EntityRefLink entityRef={component.componentRef} />
            </Typography>
            <List dense>
              {release.checklist
                .filter(item => item.componentRef === component.componentRef)
                .map(item => (
                  <ListItem key={item.id}>
                    <ListItemText primary={item.title} secondary={item.state} />
                  </ListItem>
                ))}
            </List>
          </section>
        ))}
      </Content>
    </Page>
  );
}
