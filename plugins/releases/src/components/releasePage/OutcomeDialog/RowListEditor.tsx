import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import type { ReactNode } from 'react';

export interface RowListEditorProps<Row extends { key: number }> {
  /** Names the list, e.g. "Incidents". */
  legend: string;
  /**
   * Names one row, e.g. "Incident": the rows are the groups "Incident 1", "Incident 2"…, with the
   * buttons "Remove incident 1" and "Add incident".
   */
  rowLabel: string;
  rows: readonly Row[];
  /** A row was added or removed. */
  onChange: (rows: Row[]) => void;
  /** The row "Add" appends, with a fresh key. */
  newRow: () => Row;
  /** The fields of a row; `name` is the row's name, e.g. "Incident 1", for the first field's label. */
  renderFields: (row: Row, name: string, index: number) => ReactNode;
  /** What is wrong with the list as a whole. */
  error?: string;
  /** Said under the rows, above the add button. */
  hint?: ReactNode;
  disabled: boolean;
  /** Space above the list, in theme spacing units. */
  mt?: number;
}

/** A list of rows of fields, each removable, with a button to add one: a fieldset named by its legend. */
export function RowListEditor<Row extends { key: number }>(
  props: RowListEditorProps<Row>,
) {
  const {
    legend,
    rowLabel,
    rows,
    onChange,
    newRow,
    renderFields,
    error,
    hint,
    disabled,
    mt,
  } = props;
  const lowerLabel = rowLabel.toLocaleLowerCase('en-US');
  return (
    <Box component="fieldset" border={0} p={0} mt={mt} mx={0}>
      <FormLabel component="legend">{legend}</FormLabel>
      {rows.map((row, index) => {
        const name = `${rowLabel} ${index + 1}`;
        return (
          <Box
            key={row.key}
            role="group"
            aria-label={name}
            display="flex"
            alignItems="flex-start"
            gridGap={8}
          >
            {renderFields(row, name, index)}
            <IconButton
              aria-label={`Remove ${lowerLabel} ${index + 1}`}
              onClick={() => onChange(rows.filter(r => r.key !== row.key))}
              disabled={disabled}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
        );
      })}
      {error && <FormHelperText error>{error}</FormHelperText>}
      {hint && <FormHelperText>{hint}</FormHelperText>}
      <Button
        size="small"
        startIcon={<AddIcon />}
        disabled={disabled}
        onClick={() => onChange([...rows, newRow()])}
      >
        {`Add ${lowerLabel}`}
      </Button>
    </Box>
  );
}

export interface RowTextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value, said under the field. */
  error?: string;
  required?: boolean;
  disabled: boolean;
  /** The field's share of the row's width. */
  flex: number;
}

/** A text field in a row of a {@link RowListEditor}. */
export function RowTextField(props: RowTextFieldProps) {
  const { id, label, value, onChange, error, required, disabled, flex } = props;
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={event => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error}
      required={required}
      disabled={disabled}
      variant="outlined"
      margin="dense"
      style={{ flex }}
    />
  );
}
