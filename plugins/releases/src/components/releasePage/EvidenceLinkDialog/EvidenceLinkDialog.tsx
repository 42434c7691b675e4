import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import type { ChecklistItem } from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { useFormSubmission } from '../../../hooks/useFormSubmission';
import { DialogForm, FormDialog } from '../../shared/FormDialog';

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
    <FormDialog
      open={Boolean(item)}
      onClose={onClose}
      titleId="evidence-link-title"
    >
      {item && <EvidenceLinkForm {...props} item={item} />}
    </FormDialog>
  );
}

function EvidenceLinkForm(
  props: EvidenceLinkDialogProps & { item: ChecklistItem },
) {
  const { item, onClose, onSubmit } = props;
  const [url, setUrl] = useState(item.evidenceUrl ?? '');
  const [touched, setTouched] = useState(false);
  const form = useFormSubmission();
  const invalid = !isHttpUrl(url.trim());
  const submit = (value: string | null) => form.submit(() => onSubmit(value));

  return (
    <DialogForm
      title={`Evidence: ${item.title}`}
      description="Link to what shows the item is done: a test report, a dashboard, a ticket."
      error={form.refusal?.message}
      onSubmit={() => {
        setTouched(true);
        if (!invalid) submit(url.trim());
      }}
      onCancel={onClose}
      submitLabel="Save link"
      busy={form.submitting}
      submitDisabled={touched && invalid}
      extraActions={
        item.evidenceUrl && (
          <Button onClick={() => submit(null)} disabled={form.submitting}>
            Remove link
          </Button>
        )
      }
    >
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
        disabled={form.submitting}
      />
    </DialogForm>
  );
}
