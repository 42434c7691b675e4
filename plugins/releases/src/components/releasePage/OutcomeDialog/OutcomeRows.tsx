import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import {
  newRowKey,
  type ActionItemRow,
  type IncidentRow,
  type OutcomeFormErrors,
} from './outcomeForm';
import { RowListEditor, RowTextField } from './RowListEditor';

interface RowsProps<Row> {
  rows: Row[];
  /** A row was added or removed. */
  onChange: (rows: Row[]) => void;
  /** One row's fields changed. */
  onRowChange: (key: number, change: Partial<Row>) => void;
  /** What is wrong with the list as a whole. */
  error?: string;
  disabled: boolean;
}

/** The incidents a release caused: a title each, and a link when there is one. */
export function IncidentRows(
  props: RowsProps<IncidentRow> & {
    errors: OutcomeFormErrors['incidents'];
  },
) {
  const { rows, onChange, onRowChange, error, errors, disabled } = props;
  return (
    <RowListEditor
      legend="Incidents"
      rowLabel="Incident"
      rows={rows}
      onChange={onChange}
      newRow={() => ({ key: newRowKey(), title: '', url: '' })}
      error={error}
      disabled={disabled}
      mt={2}
      renderFields={(row, name, index) => (
        <>
          <RowTextField
            id={`outcome-incident-${row.key}-title`}
            label={name}
            value={row.title}
            onChange={title => onRowChange(row.key, { title })}
            error={errors[row.key]?.title}
            required
            disabled={disabled}
            flex={2}
          />
          <RowTextField
            id={`outcome-incident-${row.key}-url`}
            label={`Link for incident ${index + 1} (optional)`}
            value={row.url}
            onChange={url => onRowChange(row.key, { url })}
            error={errors[row.key]?.url}
            disabled={disabled}
            flex={3}
          />
        </>
      )}
    />
  );
}

/** What is to be done after the release; an item can carry forward to the next one. */
export function ActionItemRows(
  props: RowsProps<ActionItemRow> & {
    errors: OutcomeFormErrors['actionItems'];
  },
) {
  const { rows, onChange, onRowChange, error, errors, disabled } = props;
  return (
    <RowListEditor
      legend="Action items"
      rowLabel="Action item"
      rows={rows}
      onChange={onChange}
      newRow={() => ({ key: newRowKey(), title: '', carryForward: false })}
      error={error}
      hint="A carried-forward item is added to the checklist of the next release of the same template and components."
      disabled={disabled}
      renderFields={(row, name) => (
        <>
          <RowTextField
            id={`outcome-action-${row.key}-title`}
            label={name}
            value={row.title}
            onChange={title => onRowChange(row.key, { title })}
            error={errors[row.key]?.title}
            required
            disabled={disabled}
            flex={1}
          />
          <FormControlLabel
            control={
              <Checkbox
                checked={row.carryForward}
                onChange={event =>
                  onRowChange(row.key, { carryForward: event.target.checked })
                }
                color="primary"
              />
            }
            label="Carry forward to the next release"
            disabled={disabled}
          />
        </>
      )}
    />
  );
}
