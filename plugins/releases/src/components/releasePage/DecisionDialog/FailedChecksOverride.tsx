import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { FailedCheck } from '@releasekit/plugin-releases-common';

export interface FailedChecksOverrideProps {
  failed: FailedCheck[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled: boolean;
}

/**
 * Shown when a go is chosen while required checks have failed: which ones and why, and the reason
 * the server requires to go ahead regardless (it refuses the go without one).
 */
export function FailedChecksOverride(props: FailedChecksOverrideProps) {
  const { failed, value, onChange, error, disabled } = props;
  const count = failed.length;
  return (
    <>
      <Alert severity="warning" role="status">
        <AlertTitle>
          {count === 1
            ? '1 required check has failed'
            : `${count} required checks have failed`}
        </AlertTitle>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {failed.map(check => (
            <li key={check.itemId}>
              {check.check} of{' '}
              <EntityRefLink
                entityRef={check.entityRef}
                defaultKind="component"
              />
              {check.summary && <>: {check.summary}</>}
            </li>
          ))}
        </ul>
      </Alert>
      <TextField
        id="decision-override-reason"
        label="Override reason"
        value={value}
        onChange={event => onChange(event.target.value)}
        error={Boolean(error)}
        helperText={
          error ??
          'Recorded on the decision: why the release goes ahead with these checks failing'
        }
        required
        multiline
        minRows={2}
        fullWidth
        variant="outlined"
        margin="dense"
        disabled={disabled}
      />
    </>
  );
}
