import { Link } from '@backstage/core-components';
import type {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { ReleaseSearchDocument } from '@releasekit/plugin-releases-common';
import type { ReactNode } from 'react';
import { entityNamesOf, formatWindow } from '../../../formatting';
import { ReleaseStatusChip } from '../../shared/ReleaseStatusChip';

const useStyles = makeStyles(
  theme => ({
    item: { display: 'flex', width: '100%' },
    body: { flex: 1, minWidth: 0 },
    text: {
      display: '-webkit-box',
      WebkitBoxOrient: 'vertical',
      overflow: 'hidden',
      whiteSpace: 'pre-line',
    },
    facts: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(1),
      marginBottom: theme.spacing(1),
    },
  }),
  { name: 'ReleaseSearchResultListItem' },
);

/**
 * The props search passes to a result list item, in both frontend systems.
 *
 * @public
 */
export interface ReleaseSearchResultListItemProps {
  /** The release document, as the Releases search collator indexed it. */
  result?: SearchDocument;
  highlight?: ResultHighlight;
  rank?: number;
  icon?: ReactNode;
  /** Lines of the description shown at most; three by default. */
  lineClamp?: number;
}

/** A field as the search engine highlighted the terms found in it, or as it is. */
function Highlighted(props: {
  field: 'title' | 'text';
  text: string;
  highlight?: ResultHighlight;
}) {
  const { field, text, highlight } = props;
  const highlighted = highlight?.fields[field];
  return highlighted ? (
    <HighlightedSearchResultText
      text={highlighted}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  ) : (
    <>{text}</>
  );
}

/**
 * A release found by Backstage search: its title and version linking to its page, its status, its
 * window in the viewer's time zone, its components, and the text where the search terms were found.
 */
export function ReleaseSearchResultListItem(
  props: ReleaseSearchResultListItemProps,
) {
  const { highlight, icon, lineClamp = 3 } = props;
  const classes = useStyles();
  if (!props.result) return null;
  const release = props.result as ReleaseSearchDocument;
  return (
    <div className={classes.item}>
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <div className={classes.body}>
        <ListItemText
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={release.location}>
              <Highlighted
                field="title"
                text={release.title}
                highlight={highlight}
              />{' '}
              {release.version}
            </Link>
          }
          secondary={
            <Typography
              component="span"
              variant="body2"
              color="textSecondary"
              className={classes.text}
              style={{ WebkitLineClamp: lineClamp }}
            >
              <Highlighted
                field="text"
                text={release.text}
                highlight={highlight}
              />
            </Typography>
          }
        />
        <div className={classes.facts}>
          <ReleaseStatusChip status={release.status} />
          <Typography variant="body2" component="span">
            {formatWindow(release.windowStart, release.windowEnd)}
          </Typography>
          {release.components?.length > 0 && (
            <Typography variant="body2" component="span" color="textSecondary">
              {entityNamesOf(release.components)}
            </Typography>
          )}
        </div>
      </div>
    </div>
  );
}
