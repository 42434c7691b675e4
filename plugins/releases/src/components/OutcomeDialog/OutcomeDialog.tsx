import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import {
  OUTCOME_RESULTS,
  type OutcomeResult,
  type Release,
} from '@releasekit/plugin-releases-common';
import { useRef, useState } from 'react';
import {
  fieldErrorOf,
  isConflict,
  releasesApiRef,
  serverErrorOf,
} from '../../api';
import { DialogForm, FormDialog } from '../FormDialog';
import {
  hasErrors,
  newRowKey,
  noErrors,
  OUTCOME_FIELDS,
  OUTCOME_HINTS,
  OUTCOME_LABELS,
  outcomeFormValuesOf,
  outcomeRequestOf,
  validateOutcomeForm,
  type OutcomeField,
  type OutcomeFormErrors,
  type OutcomeFormValues,
} from './outcomeForm';
import { RowListEditor, RowTextField } from './RowListEditor';

export interface OutcomeDialogProps {
  open: boolean;
  release: Release;
  onClose: () => void;
  /** The release as the server has it after the outcome was recorded. */
  onSaved: (release: Release) => void;
  /** The release as reloaded after someone else changed it; the form keeps what was typed. */
  onReloaded: (release: Release) => void;
}

/**
 * Records the outcome and retrospective of a release, or amends it: the result, when it actually
 * went out, incidents, lessons learned (markdown) and action items, which can be carried forward
 * to the checklist of the next release of the same template and components.
 */
export function OutcomeDialog(props: OutcomeDialogProps) {
  const { open, onClose } = props;
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      titleId="outcome-title"
      maxWidth="md"
    >
      {/* Mounted only while open, so that every opening starts from the outcome as recorded. */}
      <OutcomeForm {...props} />
    </FormDialog>
  );
}

/** The lists of rows in the form. */
type RowList = 'incidents' | 'actionItems';

function OutcomeForm(props: OutcomeDialogProps) {
  const { release, onClose, onSaved, onReloaded } = props;
  const api = useApi(releasesApiRef);
  const [values, setValues] = useState<OutcomeFormValues>(() =>
    outcomeFormValuesOf(release.outcome),
  );
  const [errors, setErrors] = useState<OutcomeFormErrors>(noErrors);
  const [refusal, setRefusal] = useState<{
    message: string;
    conflict: boolean;
  }>();
  const [submitting, setSubmitting] = useState(false);
  const [reloading, setReloading] = useState(false);
  // State renders the disabled button; this ref is what stops a second submit in the same tick.
  const inFlight = useRef(false);

  const setField = <K extends keyof OutcomeFormValues>(
    field: K,
    value: OutcomeFormValues[K],
  ) => {
    setValues(current => ({ ...current, [field]: value }));
    setErrors(current => ({
      ...current,
      fields: { ...current.fields, [field]: undefined },
    }));
  };

  const save = async () => {
    if (inFlight.current) return;
    const found = validateOutcomeForm(values);
    setErrors(found);
    if (hasErrors(found)) return;
    inFlight.current = true;
    setSubmitting(true);
    setRefusal(undefined);
    try {
      onSaved(
        await api.recordOutcome(
          release.id,
          outcomeRequestOf(values, release.revision),
        ),
      );
    } catch (error) {
      const serverError = serverErrorOf(error);
      const fieldError = fieldErrorOf(serverError);
      if (
        fieldError &&
        (OUTCOME_FIELDS as readonly string[]).includes(fieldError.field)
      ) {
        setErrors({
          ...noErrors(),
          fields: { [fieldError.field as OutcomeField]: fieldError.message },
        });
      } else {
        setRefusal({
          message: serverError.message,
          conflict: isConflict(serverError),
        });
      }
      setSubmitting(false);
    } finally {
      inFlight.current = false;
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      onReloaded(await api.getRelease(release.id));
      setRefusal(undefined);
    } catch (error) {
      setRefusal({ message: serverErrorOf(error).message, conflict: false });
    } finally {
      setReloading(false);
    }
  };

  const busy = submitting || reloading;
  /** Changes one row of a list and clears what was said wrong with it. */
  const updateRow = <L extends RowList>(
    list: L,
    key: number,
    change: Partial<OutcomeFormValues[L][number]>,
  ) => {
    setValues(current => ({
      ...current,
      [list]: (current[list] as OutcomeFormValues[L][number][]).map(row =>
        row.key === key ? { ...row, ...change } : row,
      ),
    }));
    setErrors(current => {
      const { [key]: _cleared, ...rest } = current[list];
      return {
        ...current,
        fields: { ...current.fields, [list]: undefined },
        [list]: rest,
      };
    });
  };

  return (
    <DialogForm
      title={`${
        release.outcome ? 'Amend the outcome' : 'Record the outcome'
      } of ${release.title} ${release.version}`}
      error={refusal?.message}
      errorAction={
        refusal?.conflict ? (
          <Button color="inherit" onClick={reload} disabled={busy}>
            Reload
          </Button>
        ) : undefined
      }
      onSubmit={save}
      onCancel={onClose}
      submitLabel="Save outcome"
      busyLabel="Saving…"
      busy={submitting}
      submitDisabled={reloading}
    >
      <FormControl
        component="fieldset"
        error={Boolean(errors.fields.result)}
        margin="dense"
        required
        disabled={submitting}
      >
        <FormLabel component="legend">Result</FormLabel>
        <RadioGroup
          row
          aria-label="Result"
          name="outcome-result"
          value={values.result}
          onChange={event =>
            setField('result', event.target.value as OutcomeResult)
          }
        >
          {OUTCOME_RESULTS.map(result => (
            <FormControlLabel
              key={result}
              value={result}
              control={<Radio />}
              label={OUTCOME_LABELS[result]}
              title={OUTCOME_HINTS[result]}
            />
          ))}
        </RadioGroup>
        <FormHelperText>
          {errors.fields.result ??
            (release.status === 'in_progress'
              ? 'Recording it closes the release: released, or rolled back when the result says so.'
              : (values.result && OUTCOME_HINTS[values.result]) || undefined)}
        </FormHelperText>
      </FormControl>

      <TextField
        id="outcome-releasedAt"
        label="Released at"
        type="datetime-local"
        required
        value={values.releasedAt}
        onChange={event => setField('releasedAt', event.target.value)}
        error={Boolean(errors.fields.releasedAt)}
        helperText={
          errors.fields.releasedAt ?? 'When it actually went out, your time'
        }
        InputLabelProps={{ shrink: true }}
        disabled={submitting}
        variant="outlined"
        margin="dense"
      />

      <RowListEditor
        legend="Incidents"
        rowLabel="Incident"
        rows={values.incidents}
        onChange={rows => setField('incidents', rows)}
        newRow={() => ({ key: newRowKey(), title: '', url: '' })}
        error={errors.fields.incidents}
        disabled={submitting}
        mt={2}
        renderFields={(row, name, index) => {
          const rowErrors = errors.incidents[row.key] ?? {};
          return (
            <>
              <RowTextField
                id={`outcome-incident-${row.key}-title`}
                label={name}
                value={row.title}
                onChange={title => updateRow('incidents', row.key, { title })}
                error={rowErrors.title}
                required
                disabled={submitting}
                flex={2}
              />
              <RowTextField
                id={`outcome-incident-${row.key}-url`}
                label={`Link for incident ${index + 1} (optional)`}
                value={row.url}
                onChange={url => updateRow('incidents', row.key, { url })}
                error={rowErrors.url}
                disabled={submitting}
                flex={3}
              />
            </>
          );
        }}
      />

      <TextField
        id="outcome-lessonsLearned"
        label="Lessons learned"
        value={values.lessonsLearned}
        onChange={event => setField('lessonsLearned', event.target.value)}
        error={Boolean(errors.fields.lessonsLearned)}
        helperText={errors.fields.lessonsLearned ?? 'Markdown'}
        multiline
        minRows={4}
        fullWidth
        disabled={submitting}
        variant="outlined"
        margin="normal"
      />

      <RowListEditor
        legend="Action items"
        rowLabel="Action item"
        rows={values.actionItems}
        onChange={rows => setField('actionItems', rows)}
        newRow={() => ({ key: newRowKey(), title: '', carryForward: false })}
        error={errors.fields.actionItems}
        hint="A carried-forward item is added to the checklist of the next release of the same template and components."
        disabled={submitting}
        renderFields={(row, name) => {
          const rowErrors = errors.actionItems[row.key] ?? {};
          return (
            <>
              <RowTextField
                id={`outcome-action-${row.key}-title`}
                label={name}
                value={row.title}
                onChange={title => updateRow('actionItems', row.key, { title })}
                error={rowErrors.title}
                required
                disabled={submitting}
                flex={1}
              />
              <FormControlLabel
                control={
                  <Checkbox
                    checked={row.carryForward}
                    onChange={event =>
                      updateRow('actionItems', row.key, {
                        carryForward: event.target.checked,
                      })
                    }
                    color="primary"
                  />
                }
                label="Carry forward to the next release"
                disabled={submitting}
              />
            </>
          );
        }}
      />
    </DialogForm>
  );
}
