import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import SyncIcon from '@material-ui/icons/Sync';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useState } from 'react';

/**
 * "Re-run checks": asks the check providers (catalog, Tech Insights) for the release's automated
 * items now instead of at their next scheduled run. Busy while it runs; a failure is an alert.
 */
export function RunChecksButton(props: { onRun: () => Promise<void> }) {
  const alertApi = useApi(alertApiRef);
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      await props.onRun();
    } catch (error) {
      alertApi.post({
        message: `Could not re-run the checks: ${(error as Error).message}`,
        severity: 'error',
      });
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button
      size="small"
      variant="outlined"
      onClick={run}
      disabled={running}
      aria-busy={running}
      startIcon={
        running ? <CircularProgress size={16} /> : <SyncIcon fontSize="small" />
      }
    >
      {running ? 'Running checks…' : 'Re-run checks'}
    </Button>
  );
}
