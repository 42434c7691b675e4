import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import type { ChecklistItem } from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { serverErrorOf } from '../../api';

export interface EvidenceLinkDialogProps {
  item?: ChecklistItem;
  onClose: () => void;
  /** Saves the link (null removes it); rejects with the server's refusal. */
  onSubmit: (evidenceUrl: string | null) => Promise<void>;
}

/** The API takes http(s) links only; anything else could run script when clicked. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Attaches a link to evidence (a test report, a dashboard, a ticket) to a checklist item. */
export function EvidenceLinkDialog(props: EvidenceLinkDialogProps) {
  const { item, onClose } = props;
  return (
    <Dialog
      open={Boolean(item)}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="evidence-link-title"
    >
      <DialogTitle id="evidence-link-title">
        Evidence: {item?.title}
      </DialogTitle>
      {item && <EvidenceLinkForm {...props} />}
    </Dialog>
  );
}

function EvidenceLinkForm(props: EvidenceLinkDialogProps) {
  const { item, onClose, onSubmit } = props;
  const [url, setUrl] = useState(item?.evidenceUrl ?? '');
  const [touched, setTouched] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const invalid = !isHttpUrl(url.trim());

  const submit = async (value: string | null) => {
    setSubmitting(true);
    setError(undefined);
    try {
      await onSubmit(value);
    } catch (reason) {
      setError(serverErrorOf(reason).message);
      setSubmitting(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={event => {
        event.preventDefault();
        setTouched(true);
        if (!invalid) submit(url.trim());
      }}
    >
      <DialogContent>
        <DialogContentText>
          Link to what shows the item is done: a test report, a dashboard, a
          ticket.
        </DialogContentText>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          id="evidence-url"
          label="Evidence link"
          placeholder="https://"
          type="url"
          value={url}
          onChange={event => setUrl(event.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && invalid}
          helperText={
            touched && invalid ? 'Enter an http:// or https:// link' : undefined
          }
          required
          fullWidth
          variant="outlined"
          margin="dense"
          disabled={submitting}
        />
      </DialogContent>
      <DialogActions>
        {item?.evidenceUrl && (
          <Button onClick={() => submit(null)} disabled={submitting}>
            Remove link
          </Button>
        )}
        <Button onClick={onClose} disabled={submitting}>
          Cancel
        </Button>
        <Button
          type="submit"
          color="primary"
          variant="contained"
          disabled={submitting || (touched && invalid)}
        >
          Save link
        </Button>
      </DialogActions>
    </form>
  );
}
