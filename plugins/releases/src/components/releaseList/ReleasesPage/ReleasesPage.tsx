import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { CalendarLinkButton } from '../../calendar/CalendarLinkButton';
import { MetricsLinkButton } from '../../metrics/MetricsLinkButton';
import { PlanReleaseButton } from '../../shared/PlanReleaseButton';
import { ReleaseTable } from '../../shared/ReleaseTable';

/** The org-wide list of releases, newest window first. */
export function ReleasesPage() {
  const api = useApi(releasesApiRef);
  const { value, loading, error } = useAsync(
    () => api.listReleases({ limit: 100 }),
    [api],
  );

  let body: React.ReactNode;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else if (!value || value.items.length === 0) {
    body = (
      <EmptyState
        missing="data"
        title="No releases planned yet"
        description="Plan the first one with “Plan a release”: pick its components, owner, window and checklist template."
      />
    );
  } else {
    body = <ReleaseTable title="All releases" releases={value.items} />;
  }

  return (
    <Page themeId="tool">
      <Header
        title="Releases"
        subtitle="Every release plan in the organisation"
      />
      <Content>
        <ContentHeader title="Releases">
          <CalendarLinkButton />
          <MetricsLinkButton />
          <PlanReleaseButton />
        </ContentHeader>
        {body}
      </Content>
    </Page>
  );
}
