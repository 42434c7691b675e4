import { Header, HeaderLabel } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import {
  STATUS_LABELS,
  type Release,
} from '@releasekit/plugin-releases-common';
import { formatWindow } from '../../../formatting';
import { rootRouteRef } from '../../../routes';

/** The release page's header: title and version, status, window, owner and stakeholders. */
export function ReleaseHeader(props: { release: Release }) {
  const { release } = props;
  const rootLink = useRouteRef(rootRouteRef);
  return (
    <Header
      title={`${release.title} ${release.version}`}
      type="Release"
      typeLink={rootLink()}
    >
      <HeaderLabel label="Status" value={STATUS_LABELS[release.status]} />
      <HeaderLabel
        label="Window"
        value={formatWindow(release.windowStart, release.windowEnd)}
      />
      <HeaderLabel
        label="Owner"
        value={<EntityRefLink entityRef={release.owner} defaultKind="group" />}
      />
      <HeaderLabel
        label="Stakeholders"
        value={
          release.stakeholders.length ? (
            <EntityRefLinks
              entityRefs={release.stakeholders}
              defaultKind="group"
            />
          ) : (
            'None'
          )
        }
      />
    </Header>
  );
}
