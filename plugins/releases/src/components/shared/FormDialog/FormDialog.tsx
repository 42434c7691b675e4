import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert, { type AlertProps } from '@material-ui/lab/Alert';
import { createContext, useContext, type ReactNode } from 'react';

const TitleIdContext = createContext<string | undefined>(undefined);

export interface FormDialogProps {
  open: boolean;
  /** Escape or a click outside the dialog. */
  onClose: () => void;
  /** The id of the title that names the dialog; the {@link DialogForm} inside renders the title. */
  titleId: string;
  maxWidth?: 'sm' | 'md';
  /**
   * The form, mounted only while the dialog is open, so that every opening starts afresh: a
   * component that keeps the form's state and renders a {@link DialogForm}.
   */
  children: ReactNode;
}

/**
 * The dialog around a {@link DialogForm}: named by the form's title, with the form mounted only
 * while it is open.
 */
export function FormDialog(props: FormDialogProps) {
  const { open, onClose, titleId, maxWidth = 'sm', children } = props;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={titleId}
    >
      <TitleIdContext.Provider value={titleId}>
        {open && children}
      </TitleIdContext.Provider>
    </Dialog>
  );
}

export interface DialogFormProps {
  /** Names the dialog. */
  title: ReactNode;
  /** Says what submitting does, above the fields. */
  description?: ReactNode;
  /** Shown above the error, e.g. that someone else changed what is being edited. */
  notice?: ReactNode;
  /** The server's refusal, or another reason the submit did not go through. */
  error?: string;
  errorSeverity?: AlertProps['severity'];
  /** An action in the error, e.g. a button to reload. */
  errorAction?: ReactNode;
  /** The fields. */
  children: ReactNode;
  /** Called on Enter in a field and on the submit button; the browser's submit is prevented. */
  onSubmit: () => void;
  onCancel: () => void;
  cancelLabel?: string;
  submitLabel: ReactNode;
  /** Shown on the submit button while busy, e.g. "Saving…". */
  busyLabel?: string;
  submitColor?: 'primary' | 'secondary';
  /** A submit is in flight: both buttons are disabled and the submit button is marked busy. */
  busy: boolean;
  /** The submit button is disabled for another reason, e.g. a required field is empty. */
  submitDisabled?: boolean;
  /** Buttons before Cancel, e.g. "Remove link". */
  extraActions?: ReactNode;
}

/** The form of a {@link FormDialog}: its title, the error, the fields, Cancel and submit. */
export function DialogForm(props: DialogFormProps) {
  const {
    title,
    description,
    notice,
    error,
    errorSeverity = 'error',
    errorAction,
    children,
    onSubmit,
    onCancel,
    cancelLabel = 'Cancel',
    submitLabel,
    busyLabel,
    submitColor = 'primary',
    busy,
    submitDisabled = false,
    extraActions,
  } = props;
  const titleId = useContext(TitleIdContext);
  return (
    <form
      noValidate
      onSubmit={event => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {description && <DialogContentText>{description}</DialogContentText>}
        {notice}
        {error && (
          <Alert severity={errorSeverity} action={errorAction}>
            {error}
          </Alert>
        )}
        {children}
      </DialogContent>
      <DialogActions>
        {extraActions}
        <Button onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </Button>
        <Button
          type="submit"
          color={submitColor}
          variant="contained"
          disabled={busy || submitDisabled}
          aria-busy={busy}
        >
          {busy && busyLabel ? busyLabel : submitLabel}
        </Button>
      </DialogActions>
    </form>
  );
}
