import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import type { Release } from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { releasesApiRef } from '../../../api';
import {
  useFormSubmission,
  type FormSubmission,
} from '../../../hooks/useFormSubmission';
import { DialogForm, FormDialog } from '../../shared/FormDialog';
import {
  hasErrors,
  noErrors,
  OUTCOME_FIELDS,
  outcomeFormValuesOf,
  outcomeRequestOf,
  validateOutcomeForm,
  withOffer,
  type OutcomeFormErrors,
  type OutcomeFormValues,
  type OutcomeOffer,
} from './outcomeForm';
import { toLocalInputValue } from '../../../formatting';
import { OutcomeResultField } from './OutcomeResultField';
import { ActionItemRows, IncidentRows } from './OutcomeRows';

export interface OutcomeDialogProps {
  open: boolean;
  release: Release;
  onClose: () => void;
  /** The release as the server has it after the outcome was recorded. */
  onSaved: (release: Release) => void;
  /** The release as reloaded after someone else changed it; the form keeps what was typed. */
  onReloaded: (release: Release) => void;
  /** What the form starts from, over the recorded outcome (e.g. the time the deployments say). */
  offer?: OutcomeOffer;
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
type RowErrors = Pick<OutcomeFormErrors, RowList>;

/**
 * What the outcome form holds: its values, what is wrong with each row, and the form's own check
 * before sending. Field errors (the form's and the server's) live in the submission.
 */
function useOutcomeValues(
  release: Release,
  offer: OutcomeOffer | undefined,
  form: FormSubmission<(typeof OUTCOME_FIELDS)[number]>,
) {
  const [values, setValues] = useState<OutcomeFormValues>(() =>
    withOffer(outcomeFormValuesOf(release.outcome), offer),
  );
  const [rowErrors, setRowErrors] = useState<RowErrors>(noErrors);

  const setField = <K extends keyof OutcomeFormValues>(
    field: K,
    value: OutcomeFormValues[K],
  ) => {
    setValues(current => ({ ...current, [field]: value }));
    form.clearFieldError(field);
  };
  /** Changes one row of a list and clears what was said wrong with it. */
  const updateRow =
    <L extends RowList>(list: L) =>
    (key: number, change: Partial<OutcomeFormValues[L][number]>) => {
      setValues(current => ({
        ...current,
        [list]: (current[list] as OutcomeFormValues[L][number][]).map(row =>
          row.key === key ? { ...row, ...change } : row,
        ),
      }));
      form.clearFieldError(list);
      setRowErrors(current => {
        const { [key]: _cleared, ...rest } = current[list];
        return { ...current, [list]: rest };
      });
    };

  const check = () => {
    const found = validateOutcomeForm(values);
    form.setFieldErrors(found.fields);
    setRowErrors({
      incidents: found.incidents,
      actionItems: found.actionItems,
    });
    return !hasErrors(found);
  };
  return { values, rowErrors, setField, updateRow, check };
}

function OutcomeForm(props: OutcomeDialogProps) {
  const { release, offer, onClose, onSaved, onReloaded } = props;
  const api = useApi(releasesApiRef);
  const form = useFormSubmission(OUTCOME_FIELDS);
  const { values, rowErrors, setField, updateRow, check } = useOutcomeValues(
    release,
    offer,
    form,
  );
  const offeredTime =
    offer?.releasedAt &&
    values.releasedAt === toLocalInputValue(offer.releasedAt);

  const save = () =>
    form.submit(async () => {
      onSaved(
        await api.recordOutcome(
          release.id,
          outcomeRequestOf(values, release.revision),
        ),
      );
    }, check);
  const reload = () =>
    form.reload(async () => onReloaded(await api.getRelease(release.id)));

  const { submitting, fieldErrors } = form;
  return (
    <DialogForm
      title={`${
        release.outcome ? 'Amend the outcome' : 'Record the outcome'
      } of ${release.title} ${release.version}`}
      error={form.refusal?.message}
      errorAction={
        form.conflict ? (
          <Button
            color="inherit"
            onClick={reload}
            disabled={submitting || form.reloading}
          >
            Reload
          </Button>
        ) : undefined
      }
      onSubmit={save}
      onCancel={onClose}
      submitLabel="Save outcome"
      busyLabel="Saving…"
      busy={submitting}
      submitDisabled={form.reloading}
    >
      <OutcomeResultField
        value={values.result}
        onChange={result => setField('result', result)}
        error={fieldErrors.result}
        closes={release.status === 'in_progress'}
        disabled={submitting}
      />
      <TextField
        id="outcome-releasedAt"
        label="Released at"
        type="datetime-local"
        required
        value={values.releasedAt}
        onChange={event => setField('releasedAt', event.target.value)}
        error={Boolean(fieldErrors.releasedAt)}
        helperText={
          fieldErrors.releasedAt ??
          (offeredTime
            ? 'When the last production deployment finished, your time'
            : 'When it actually went out, your time')
        }
        InputLabelProps={{ shrink: true }}
        disabled={submitting}
        variant="outlined"
        margin="dense"
      />
      <IncidentRows
        rows={values.incidents}
        onChange={rows => setField('incidents', rows)}
        onRowChange={updateRow('incidents')}
        error={fieldErrors.incidents}
        errors={rowErrors.incidents}
        disabled={submitting}
      />
      <TextField
        id="outcome-lessonsLearned"
        label="Lessons learned"
        value={values.lessonsLearned}
        onChange={event => setField('lessonsLearned', event.target.value)}
        error={Boolean(fieldErrors.lessonsLearned)}
        helperText={fieldErrors.lessonsLearned ?? 'Markdown'}
        multiline
        minRows={4}
        fullWidth
        disabled={submitting}
        variant="outlined"
        margin="normal"
      />
      <ActionItemRows
        rows={values.actionItems}
        onChange={rows => setField('actionItems', rows)}
        onRowChange={updateRow('actionItems')}
        error={fieldErrors.actionItems}
        errors={rowErrors.actionItems}
        disabled={submitting}
      />
    </DialogForm>
  );
}
