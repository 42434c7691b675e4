import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import Radio from '@material-ui/core/Radio';
import RadioGroup from '@material-ui/core/RadioGroup';
import {
  OUTCOME_RESULTS,
  type OutcomeResult,
} from '@releasekit/plugin-releases-common';
import { OUTCOME_HINTS, OUTCOME_LABELS } from './outcomeForm';

export interface OutcomeResultFieldProps {
  value: OutcomeResult | '';
  onChange: (result: OutcomeResult) => void;
  error?: string;
  /** Recording closes the release (it is in progress), rather than amending a recorded outcome. */
  closes: boolean;
  disabled: boolean;
}

/** How the release went, each choice saying what it does to the release. */
export function OutcomeResultField(props: OutcomeResultFieldProps) {
  const { value, onChange, error, closes, disabled } = props;
  return (
    <FormControl
      component="fieldset"
      error={Boolean(error)}
      margin="dense"
      required
      disabled={disabled}
    >
      <FormLabel component="legend">Result</FormLabel>
      <RadioGroup
        row
        aria-label="Result"
        name="outcome-result"
        value={value}
        onChange={event => onChange(event.target.value as OutcomeResult)}
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
        {error ??
          (closes
            ? 'Recording it closes the release: released, or rolled back when the result says so.'
            : (value && OUTCOME_HINTS[value]) || undefined)}
      </FormHelperText>
    </FormControl>
  );
}
