import { Header, HeaderLabel } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import {
  STATUS_LABELS,
  type Release,
} from '@releasekit/plugin-releases-common';
import { formatWindow } from '../../../formatting';
import { rootRouteRef } from '../../../routes';

const useStyles = makeStyles(theme => ({
  /*
   * Links take the theme's primary colour, made for paper, not for the header's gradient: the light
   * theme's #1F5493 on the tool header's #8912CA–#3E00EA reads at about 1.1:1, the dark theme's
   * #9CC9FF at 4.1:1. The links here inherit the header's own text colour (white, 7.0:1 at the
   * gradient's lightest end) and stay underlined, so that they still look like links.
   */
  headerLinks: {
    color: theme.page.fontColor,
    '& a span': { color: 'inherit' },
  },
}));

/** The release page's header: title and version, status, window, owner and stakeholders. */
export function ReleaseHeader(props: { release: Release }) {
  const { release } = props;
  const rootLink = useRouteRef(rootRouteRef);
  const classes = useStyles();
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
        value={
          <span className={classes.headerLinks}>
            <EntityRefLink
              entityRef={release.owner}
              defaultKind="group"
              color="inherit"
              underline="always"
            />
          </span>
        }
      />
      <HeaderLabel
        label="Stakeholders"
        value={
          release.stakeholders.length ? (
            <span className={classes.headerLinks}>
              <EntityRefLinks
                entityRefs={release.stakeholders}
                defaultKind="group"
                color="inherit"
                underline="always"
              />
            </span>
          ) : (
            'None'
          )
        }
      />
    </Header>
  );
}
