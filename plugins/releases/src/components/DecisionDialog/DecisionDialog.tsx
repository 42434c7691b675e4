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
import { useRef, useState } from 'react';
import { fieldErrorOf, releasesApiRef, serverErrorOf } from '../../api';
import { EntityRefPicker } from '../EntityRefPicker';
import { DialogForm, FormDialog } from '../FormDialog';

export interface DecisionDialogProps {
  open: boolean;
  release: Release;
  onClose: () => void;
  /** The decision as the server recorded it. */
  onRecorded: (decision: Decision) => void;
}

type DecisionField = 'decision' | 'rationale' | 'attendees';
const DECISION_FIELDS: readonly string[] = [
  'decision',
  'rationale',
  'attendees',
];

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
  const [decision, setDecision] = useState<DecisionVerdict | ''>('');
  const [rationale, setRationale] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<DecisionField, string>>>(
    {},
  );
  const [refusal, setRefusal] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const { readiness } = release;

  const save = async () => {
    if (inFlight.current) return;
    const missing: Partial<Record<DecisionField, string>> = {};
    if (!decision) missing.decision = 'Choose go or no-go';
    if (!rationale.trim()) missing.rationale = 'Say why';
    setErrors(missing);
    if (Object.keys(missing).length || !decision) return;
    inFlight.current = true;
    setSubmitting(true);
    setRefusal(undefined);
    try {
      onRecorded(
        await api.recordDecision(release.id, {
          decision,
          rationale: rationale.trim(),
          ...(attendees.length ? { attendees } : {}),
        }),
      );
    } catch (error) {
      const serverError = serverErrorOf(error);
      const fieldError = fieldErrorOf(serverError);
      if (fieldError && DECISION_FIELDS.includes(fieldError.field)) {
        setErrors({ [fieldError.field]: fieldError.message });
      } else {
        // 409: the release is not (or no longer) planned or in progress; 403: not allowed.
        setRefusal(serverError.message);
      }
      setSubmitting(false);
    } finally {
      inFlight.current = false;
    }
  };

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
      error={refusal}
      onSubmit={save}
      onCancel={onClose}
      submitLabel={submitLabel}
      busyLabel="Recording…"
      submitColor={decision === 'no_go' ? 'secondary' : 'primary'}
      busy={submitting}
    >
      <FormControl
        component="fieldset"
        error={Boolean(errors.decision)}
        required
        margin="dense"
        disabled={submitting}
      >
        <FormLabel component="legend">Decision</FormLabel>
        <RadioGroup
          row
          aria-label="Decision"
          name="decision"
          value={decision}
          onChange={event => {
            setDecision(event.target.value as DecisionVerdict);
            setErrors(current => ({ ...current, decision: undefined }));
          }}
        >
          <FormControlLabel value="go" control={<Radio />} label="Go" />
          <FormControlLabel value="no_go" control={<Radio />} label="No-go" />
        </RadioGroup>
        {errors.decision && <FormHelperText>{errors.decision}</FormHelperText>}
      </FormControl>
      <TextField
        id="decision-rationale"
        label="Rationale"
        value={rationale}
        onChange={event => {
          setRationale(event.target.value);
          setErrors(current => ({ ...current, rationale: undefined }));
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
          setErrors(current => ({ ...current, attendees: undefined }));
        }}
        error={errors.attendees}
        helperText="Who took part in the decision"
        disabled={submitting}
      />
    </DialogForm>
  );
}
