import { useRef, useState } from 'react';
import {
  fieldErrorOf,
  isConflict,
  serverErrorOf,
  type ServerError,
} from '../api';

/** What is wrong with each field of a form, by field name. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export interface FormSubmission<Field extends string> {
  /** A submit is in flight: the form disables its inputs and buttons. */
  submitting: boolean;
  /** A reload after a conflict is in flight. */
  reloading: boolean;
  /** What the form's own checks or the server said about each field. */
  fieldErrors: FieldErrors<Field>;
  /** Shows what the form's own checks found, before anything is sent. */
  setFieldErrors(errors: FieldErrors<Field>): void;
  /** Forgets what was said about a field, once the user changes it. */
  clearFieldError(field: Field): void;
  /** The server's refusal when it names no field of the form (or a reload failed). */
  refusal?: ServerError;
  /**
   * The last submit was refused with a 409: someone else changed what the form edits. It stays
   * true until a reload goes through or the next submit is sent.
   */
  conflict: boolean;
  /**
   * Sends the form once: nothing happens while a submit is in flight (a double click, Enter
   * twice) or when `check` says the form is not ready. An input error naming one of the form's
   * fields shows at that field; any other refusal becomes `refusal`. After a success the form
   * stays busy: its dialog is closing.
   */
  submit(send: () => Promise<void>, check?: () => boolean): Promise<void>;
  /** Loads what someone else changed, after a conflict; what the user typed stays. */
  reload(load: () => Promise<void>): Promise<void>;
}

/**
 * The submit handling every form of the plugin shares: in-flight guard, busy flag, field errors
 * from the server and the 409 of a stale revision.
 */
export function useFormSubmission<Field extends string = never>(
  fields: readonly Field[] = [],
): FormSubmission<Field> {
  const [submitting, setSubmitting] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [refusal, setRefusal] = useState<ServerError>();
  const [conflict, setConflict] = useState(false);
  // State renders the disabled buttons; this ref is what stops a second submit in the same tick.
  const inFlight = useRef(false);

  const showRefusal = (error: unknown) => {
    const serverError = serverErrorOf(error);
    const fieldError = fieldErrorOf(serverError);
    if (
      fieldError &&
      (fields as readonly string[]).includes(fieldError.field)
    ) {
      setFieldErrors({
        [fieldError.field]: fieldError.message,
      } as FieldErrors<Field>);
    } else {
      setRefusal(serverError);
      setConflict(isConflict(serverError));
    }
  };

  const submit = async (send: () => Promise<void>, check?: () => boolean) => {
    if (inFlight.current || (check && !check())) return;
    inFlight.current = true;
    setSubmitting(true);
    setFieldErrors({});
    setRefusal(undefined);
    setConflict(false);
    try {
      await send();
    } catch (error) {
      showRefusal(error);
      setSubmitting(false);
    } finally {
      inFlight.current = false;
    }
  };

  const reload = async (load: () => Promise<void>) => {
    setReloading(true);
    try {
      await load();
      setRefusal(undefined);
      setConflict(false);
    } catch (error) {
      // The form still holds the old revision: the conflict stands, with why the reload failed.
      setRefusal(serverErrorOf(error));
    } finally {
      setReloading(false);
    }
  };

  return {
    submitting,
    reloading,
    fieldErrors,
    setFieldErrors,
    clearFieldError: field =>
      setFieldErrors(current => ({ ...current, [field]: undefined })),
    refusal,
    conflict,
    submit,
    reload,
  };
}
