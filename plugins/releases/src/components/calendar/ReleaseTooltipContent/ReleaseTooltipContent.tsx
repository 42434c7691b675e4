import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/Warning';
import { STATUS_LABELS } from '@releasekit/plugin-releases-common';
import { formatWindow } from '../../../formatting';
import { RiskLevelChip } from '../../shared/RiskLevelChip';
import type { CalendarRelease } from '../calendarReleases';

const useStyles = makeStyles(theme => ({
  conflicts: {
    margin: theme.spacing(0.5, 0, 0),
    padding: 0,
    listStyle: 'none',
  },
  conflict: {
    display: 'flex',
    gap: theme.spacing(0.5),
    alignItems: 'flex-start',
  },
  icon: {
    fontSize: '1rem',
    flexShrink: 0,
  },
  risk: {
    margin: theme.spacing(0.5, 0),
  },
}));

/** What hovering or focusing a release in the calendar explains: window, readiness, risk and conflicts. */
export function ReleaseTooltipContent(props: { item: CalendarRelease }) {
  const { release, conflicts } = props.item;
  const classes = useStyles();
  const { readiness } = release;
  return (
    <>
      <Typography variant="subtitle2" component="div">
        {release.title} {release.version}
      </Typography>
      <Typography variant="body2" component="div">
        {STATUS_LABELS[release.status]} ·{' '}
        {formatWindow(release.windowStart, release.windowEnd)}
      </Typography>
      <Typography variant="body2" component="div">
        {readiness.percent}% ready
        {readiness.requiredOpen > 0
          ? `, ${readiness.requiredOpen} required item(s) open`
          : ''}
      </Typography>
      <div className={classes.risk}>
        {release.risk ? (
          <RiskLevelChip risk={release.risk} />
        ) : (
          <Typography variant="body2" component="span">
            Risk not computed yet
          </Typography>
        )}
      </div>
      {conflicts.length > 0 && (
        <ul className={classes.conflicts} aria-label="Conflicts">
          {conflicts.map(conflict => (
            <li
              key={`${conflict.kind}:${conflict.message}`}
              className={classes.conflict}
            >
              <WarningIcon className={classes.icon} aria-hidden />
              <Typography variant="body2" component="span">
                {conflict.message}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
