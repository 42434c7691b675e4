import TextField from '@material-ui/core/TextField';
import type { ChecklistItem } from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { useFormSubmission } from '../../../hooks/useFormSubmission';
import { DialogForm, FormDialog } from '../../shared/FormDialog';

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
    <FormDialog
      open={Boolean(item)}
      onClose={onClose}
      titleId="not-applicable-title"
    >
      {item && <NotApplicableForm {...props} item={item} />}
    </FormDialog>
  );
}

function NotApplicableForm(
  props: NotApplicableDialogProps & { item: ChecklistItem },
) {
  const { item, onClose, onSubmit } = props;
  const [note, setNote] = useState(item.note ?? '');
  const [touched, setTouched] = useState(false);
  const form = useFormSubmission();
  const missing = !note.trim();

  const submit = () =>
    form.submit(
      () => onSubmit(note.trim()),
      () => {
        setTouched(true);
        return !missing;
      },
    );

  return (
    <DialogForm
      title={`Not applicable: ${item.title}`}
      description="The item counts as settled. Say why it does not apply to this release; the note is shown with the item and in the activity."
      error={form.refusal?.message}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel="Mark not applicable"
      busy={form.submitting}
      submitDisabled={touched && missing}
    >
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
        disabled={form.submitting}
      />
    </DialogForm>
  );
}
