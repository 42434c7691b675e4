import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import IconButton from '@material-ui/core/IconButton';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import Alert from '@material-ui/lab/Alert';
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
  const { open, onClose, release } = props;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="outcome-title"
    >
      <DialogTitle id="outcome-title">
        {release.outcome ? 'Amend the outcome' : 'Record the outcome'} of{' '}
        {release.title} {release.version}
      </DialogTitle>
      {/* Mounted only while open, so that every opening starts from the outcome as recorded. */}
      {open && <OutcomeForm {...props} />}
    </Dialog>
  );
}

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
  const updateIncident = (
    key: number,
    change: Partial<OutcomeFormValues['incidents'][number]>,
  ) => {
    setValues(current => ({
      ...current,
      incidents: current.incidents.map(row =>
        row.key === key ? { ...row, ...change } : row,
      ),
    }));
    setErrors(current => {
      const { [key]: _cleared, ...rest } = current.incidents;
      return {
        ...current,
        fields: { ...current.fields, incidents: undefined },
        incidents: rest,
      };
    });
  };
  const updateActionItem = (
    key: number,
    change: Partial<OutcomeFormValues['actionItems'][number]>,
  ) => {
    setValues(current => ({
      ...current,
      actionItems: current.actionItems.map(row =>
        row.key === key ? { ...row, ...change } : row,
      ),
    }));
    setErrors(current => {
      const { [key]: _cleared, ...rest } = current.actionItems;
      return {
        ...current,
        fields: { ...current.fields, actionItems: undefined },
        actionItems: rest,
      };
    });
  };

  return (
    <form
      noValidate
      onSubmit={event => {
        event.preventDefault();
        save();
      }}
    >
      <DialogContent>
        {refusal && (
          <Alert
            severity="error"
            action={
              refusal.conflict ? (
                <Button color="inherit" onClick={reload} disabled={busy}>
                  Reload
                </Button>
              ) : undefined
            }
          >
            {refusal.message}
          </Alert>
        )}

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

        <Box component="fieldset" border={0} p={0} mt={2} mx={0}>
          <FormLabel component="legend">Incidents</FormLabel>
          {values.incidents.map((row, index) => {
            const rowErrors = errors.incidents[row.key] ?? {};
            const name = `Incident ${index + 1}`;
            return (
              <Box
                key={row.key}
                role="group"
                aria-label={name}
                display="flex"
                alignItems="flex-start"
                gridGap={8}
              >
                <TextField
                  id={`outcome-incident-${row.key}-title`}
                  label={name}
                  value={row.title}
                  onChange={event =>
                    updateIncident(row.key, { title: event.target.value })
                  }
                  error={Boolean(rowErrors.title)}
                  helperText={rowErrors.title}
                  required
                  disabled={submitting}
                  variant="outlined"
                  margin="dense"
                  style={{ flex: 2 }}
                />
                <TextField
                  id={`outcome-incident-${row.key}-url`}
                  label={`Link for incident ${index + 1} (optional)`}
                  value={row.url}
                  onChange={event =>
                    updateIncident(row.key, { url: event.target.value })
                  }
                  error={Boolean(rowErrors.url)}
                  helperText={rowErrors.url}
                  disabled={submitting}
                  variant="outlined"
                  margin="dense"
                  style={{ flex: 3 }}
                />
                <IconButton
                  aria-label={`Remove incident ${index + 1}`}
                  onClick={() =>
                    setField(
                      'incidents',
                      values.incidents.filter(r => r.key !== row.key),
                    )
                  }
                  disabled={submitting}
                >
                  <DeleteIcon />
                </IconButton>
              </Box>
            );
          })}
          {errors.fields.incidents && (
            <FormHelperText error>{errors.fields.incidents}</FormHelperText>
          )}
          <Button
            size="small"
            startIcon={<AddIcon />}
            disabled={submitting}
            onClick={() =>
              setField('incidents', [
                ...values.incidents,
                { key: newRowKey(), title: '', url: '' },
              ])
            }
          >
            Add incident
          </Button>
        </Box>

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

        <Box component="fieldset" border={0} p={0} mx={0}>
          <FormLabel component="legend">Action items</FormLabel>
          {values.actionItems.map((row, index) => {
            const rowErrors = errors.actionItems[row.key] ?? {};
            const name = `Action item ${index + 1}`;
            return (
              <Box
                key={row.key}
                role="group"
                aria-label={name}
                display="flex"
                alignItems="flex-start"
                gridGap={8}
              >
                <TextField
                  id={`outcome-action-${row.key}-title`}
                  label={name}
                  value={row.title}
                  onChange={event =>
                    updateActionItem(row.key, { title: event.target.value })
                  }
                  error={Boolean(rowErrors.title)}
                  helperText={rowErrors.title}
                  required
                  disabled={submitting}
                  variant="outlined"
                  margin="dense"
                  style={{ flex: 1 }}
                />
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={row.carryForward}
                      onChange={event =>
                        updateActionItem(row.key, {
                          carryForward: event.target.checked,
                        })
                      }
                      color="primary"
                    />
                  }
                  label="Carry forward to the next release"
                  disabled={submitting}
                />
                <IconButton
                  aria-label={`Remove action item ${index + 1}`}
                  onClick={() =>
                    setField(
                      'actionItems',
                      values.actionItems.filter(r => r.key !== row.key),
                    )
                  }
                  disabled={submitting}
                >
                  <DeleteIcon />
                </IconButton>
              </Box>
            );
          })}
          {errors.fields.actionItems && (
            <FormHelperText error>{errors.fields.actionItems}</FormHelperText>
          )}
          <FormHelperText>
            A carried-forward item is added to the checklist of the next release
            of the same template and components.
          </FormHelperText>
          <Button
            size="small"
            startIcon={<AddIcon />}
            disabled={submitting}
            onClick={() =>
              setField('actionItems', [
                ...values.actionItems,
                { key: newRowKey(), title: '', carryForward: false },
              ])
            }
          >
            Add action item
          </Button>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={submitting}>
          Cancel
        </Button>
        <Button
          type="submit"
          color="primary"
          variant="contained"
          disabled={busy}
        >
          {submitting ? 'Saving…' : 'Save outcome'}
        </Button>
      </DialogActions>
    </form>
  );
}
