import Link from '@material-ui/core/Link';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import AutorenewIcon from '@material-ui/icons/Autorenew';
import type {
  CheckResult,
  CheckResultStatus,
} from '@releasekit/plugin-releases-common';
import { RelativeTime } from '../../shared/RelativeTime';
import { ReportedBy } from '../../shared/ReportedBy';
import { isHttpUrl } from '../../releasePage/EvidenceLinkDialog';

const useStyles = makeStyles(theme => ({
  status: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    whiteSpace: 'nowrap',
  },
  icon: { fontSize: '1.1rem' },
  passed: { color: theme.palette.success.main },
  failed: { color: theme.palette.error.main },
  running: { color: theme.palette.info.main },
}));

const STATUS_TEXT: Record<CheckResultStatus, string> = {
  passed: 'Passed',
  failed: 'Failed',
  running: 'Running',
};

const STATUS_ICONS = {
  passed: CheckCircleIcon,
  failed: ErrorIcon,
  running: AutorenewIcon,
};

/** The status in words; the icon repeats it for a quick scan and is hidden from screen readers. */
function CheckStatus(props: { status: CheckResultStatus }) {
  const { status } = props;
  const classes = useStyles();
  const Icon = STATUS_ICONS[status];
  return (
    <span className={classes.status}>
      <Icon className={`${classes.icon} ${classes[status]}`} aria-hidden />
      {STATUS_TEXT[status]}
    </span>
  );
}

/** One check's latest result for the component: what, how it went, when, by whom, and its evidence. */
export function CheckResultRow(props: { result: CheckResult }) {
  const { result } = props;
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        {result.check}
        {result.version && (
          <Typography variant="body2" color="textSecondary" component="div">
            version {result.version}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <CheckStatus status={result.status} />
      </TableCell>
      <TableCell>{result.summary ?? '–'}</TableCell>
      <TableCell>
        <RelativeTime iso={result.reportedAt} />
      </TableCell>
      <TableCell>
        <ReportedBy by={result.reportedBy} />
      </TableCell>
      <TableCell>
        {result.url && isHttpUrl(result.url) ? (
          // Underlined: a link must not differ from the text around it by colour alone.
          <Link
            href={result.url}
            target="_blank"
            rel="noopener noreferrer"
            underline="always"
          >
            Evidence
          </Link>
        ) : (
          '–'
        )}
      </TableCell>
    </TableRow>
  );
}
