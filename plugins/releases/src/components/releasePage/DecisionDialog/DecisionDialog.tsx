import { useApi } from '@backstage/core-plugin-api';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import TextField from '@material-ui/core/TextField';
import type {
  Decision,
  DecisionVerdict,
  Release,
} from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { releasesApiRef } from '../../../api';
import {
  useFormSubmission,
  type FieldErrors,
} from '../../../hooks/useFormSubmission';
import { EntityRefPicker } from '../../shared/EntityRefPicker';
import { FailedChecksOverride } from './FailedChecksOverride';
import { DialogForm, FormDialog } from '../../shared/FormDialog';

export interface DecisionDialogProps {
  open: boolean;
  release: Release;
  onClose: () => void;
  /** The decision as the server recorded it. */
  onRecorded: (decision: Decision) => void;
}

const DECISION_FIELDS = [
  'decision',
  'rationale',
  'attendees',
  'overrideReason',
] as const;
type DecisionField = (typeof DECISION_FIELDS)[number];

/** Records a go/no-go decision: the verdict, why, and who took it. */
export function DecisionDialog(props: DecisionDialogProps) {
  const { open, onClose } = props;
  return (
    <FormDialog open={open} onClose={onClose} titleId="decision-title">
      <DecisionForm {...props} />
    </FormDialog>
  );
}

function DecisionForm(props: DecisionDialogProps) {
  const { release, onClose, onRecorded } = props;
  const api = useApi(releasesApiRef);
  const form = useFormSubmission(DECISION_FIELDS);
  const [decision, setDecision] = useState<DecisionVerdict | ''>('');
  const [rationale, setRationale] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [overrideReason, setOverrideReason] = useState('');
  const { submitting, fieldErrors: errors } = form;
  const { readiness } = release;
  const failedRequired = release.failedChecks.filter(c => c.required);
  const overriding = decision === 'go' && failedRequired.length > 0;

  const check = () => {
    const missing: FieldErrors<DecisionField> = {};
    if (!decision) missing.decision = 'Choose go or no-go';
    if (!rationale.trim()) missing.rationale = 'Say why';
    if (overriding && !overrideReason.trim()) {
      missing.overrideReason = 'Say why the release goes ahead regardless';
    }
    form.setFieldErrors(missing);
    return Object.keys(missing).length === 0;
  };
  // A 409 (the release is not, or no longer, planned or in progress) or a 403 shows as the
  // refusal: there is nothing to reload, the decision cannot be taken.
  const save = () =>
    form.submit(async () => {
      onRecorded(
        await api.recordDecision(release.id, {
          decision: decision as DecisionVerdict,
          rationale: rationale.trim(),
          ...(attendees.length ? { attendees } : {}),
          ...(overriding ? { overrideReason: overrideReason.trim() } : {}),
        }),
      );
    }, check);

  let submitLabel = 'Record decision';
  if (decision === 'go') submitLabel = 'Record go';
  if (decision === 'no_go') submitLabel = 'Record no-go';

  return (
    <DialogForm
      title={`Go/no-go for ${release.title} ${release.version}`}
      description={
        <>
          The decision is recorded with the readiness now ({readiness.percent}%
          {readiness.requiredOpen > 0
            ? `, ${readiness.requiredOpen} required item${
                readiness.requiredOpen === 1 ? '' : 's'
              } open`
            : ', every required item settled'}
          ). The latest decision counts: after a go, the release can start even
          with items open; after a no-go, it cannot start without an override.
        </>
      }
      error={form.refusal?.message}
      onSubmit={save}
      onCancel={onClose}
      submitLabel={submitLabel}
      busyLabel="Recording…"
      submitColor={decision === 'no_go' ? 'secondary' : 'primary'}
      busy={submitting}
    >
      <VerdictField
        value={decision}
        onChange={value => {
          setDecision(value);
          form.clearFieldError('decision');
        }}
        error={errors.decision}
        disabled={submitting}
      />
      {overriding && (
        <FailedChecksOverride
          failed={failedRequired}
          value={overrideReason}
          onChange={value => {
            setOverrideReason(value);
            form.clearFieldError('overrideReason');
          }}
          error={errors.overrideReason}
          disabled={submitting}
        />
      )}
      <TextField
        id="decision-rationale"
        label="Rationale"
        value={rationale}
        onChange={event => {
          setRationale(event.target.value);
          form.clearFieldError('rationale');
        }}
        error={Boolean(errors.rationale)}
        helperText={errors.rationale}
        required
        multiline
        minRows={3}
        fullWidth
        variant="outlined"
        margin="dense"
        disabled={submitting}
      />
      <EntityRefPicker
        id="decision-attendees"
        label="Attendees"
        kinds={['User', 'Group']}
        multiple
        value={attendees}
        onChange={value => {
          setAttendees(value);
          form.clearFieldError('attendees');
        }}
        error={errors.attendees}
        helperText="Who took part in the decision"
        disabled={submitting}
      />
    </DialogForm>
  );
}

/** Go or no-go, as a required radio group. */
function VerdictField(props: {
  value: DecisionVerdict | '';
  onChange: (value: DecisionVerdict) => void;
  error?: string;
  disabled: boolean;
}) {
  const { value, onChange, error, disabled } = props;
  return (
    <FormControl
      component="fieldset"
      error={Boolean(error)}
      required
      margin="dense"
      disabled={disabled}
    >
      <FormLabel component="legend">Decision</FormLabel>
      <RadioGroup
        row
        aria-label="Decision"
        name="decision"
        value={value}
        onChange={event => onChange(event.target.value as DecisionVerdict)}
      >
        <FormControlLabel value="go" control={<Radio />} label="Go" />
        <FormControlLabel value="no_go" control={<Radio />} label="No-go" />
      </RadioGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
