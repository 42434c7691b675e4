import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';

export interface StaleReleaseNoticeProps {
  /** Someone else changed the release since the form opened: a save was refused with a 409. */
  stale: boolean;
  /** The server's words about it, or why the reload failed. */
  message?: string;
  /** The release was reloaded after a conflict. */
  reloaded: boolean;
  onReload: () => void;
  busy: boolean;
}

/** Tells the editor that someone else changed the release, and offers to reload it. */
export function StaleReleaseNotice(props: StaleReleaseNoticeProps) {
  const { stale, message, reloaded, onReload, busy } = props;
  if (stale) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" onClick={onReload} disabled={busy}>
            Reload
          </Button>
        }
      >
        <AlertTitle>Someone else changed this release</AlertTitle>
        Reload to save on top of their changes; what you typed here is kept.
        {message && (
          <Typography variant="body2" color="textSecondary">
            {message}
          </Typography>
        )}
      </Alert>
    );
  }
  return reloaded ? (
    <Alert severity="info">
      Reloaded. Your changes are still here; save to apply them.
    </Alert>
  ) : null;
}
