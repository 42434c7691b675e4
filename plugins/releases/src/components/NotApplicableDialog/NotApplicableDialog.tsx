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

export interface NotApplicableDialogProps {
  item?: ChecklistItem;
  onClose: () => void;
  /** Saves the item as not applicable with this note; rejects with the server's refusal. */
  onSubmit: (note: string) => Promise<void>;
}

/** Marks a checklist item not applicable; the note saying why is required. */
export function NotApplicableDialog(props: NotApplicableDialogProps) {
  const { item, onClose } = props;
  return (
    <Dialog
      open={Boolean(item)}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby="not-applicable-title"
    >
      <DialogTitle id="not-applicable-title">
        Not applicable: {item?.title}
      </DialogTitle>
      {item && <NotApplicableForm {...props} />}
    </Dialog>
  );
}

function NotApplicableForm(props: NotApplicableDialogProps) {
  const { item, onClose, onSubmit } = props;
  const [note, setNote] = useState(item?.note ?? '');
  const [touched, setTouched] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const missing = !note.trim();

  const submit = async () => {
    setTouched(true);
    if (missing) return;
    setSubmitting(true);
    setError(undefined);
    try {
      await onSubmit(note.trim());
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
        submit();
      }}
    >
      <DialogContent>
        <DialogContentText>
          The item counts as settled. Say why it does not apply to this release;
          the note is shown with the item and in the activity.
        </DialogContentText>
        {error && <Alert severity="error">{error}</Alert>}
        <TextField
          id="not-applicable-note"
          label="Why it does not apply"
          value={note}
          onChange={event => setNote(event.target.value)}
          onBlur={() => setTouched(true)}
          error={touched && missing}
          helperText={touched && missing ? 'A note is required' : undefined}
          required
          multiline
          minRows={2}
          fullWidth
          variant="outlined"
          margin="dense"
          disabled={submitting}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={submitting}>
          Cancel
        </Button>
        <Button
          type="submit"
          color="primary"
          variant="contained"
          disabled={submitting || (touched && missing)}
        >
          Mark not applicable
        </Button>
      </DialogActions>
    </form>
  );
}
