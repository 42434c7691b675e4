import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField, {
  type OutlinedTextFieldProps,
} from '@material-ui/core/TextField';
import type { ChecklistTemplate } from '@releasekit/plugin-releases-common';
import type { FieldErrors } from '../../../hooks/useFormSubmission';
import { EntityRefPicker } from '../EntityRefPicker';
import type { ReleaseFormField, ReleaseFormValues } from './formValues';

export interface ReleaseFormFieldsProps {
  values: ReleaseFormValues;
  onChange: <K extends ReleaseFormField>(
    field: K,
    value: ReleaseFormValues[K],
  ) => void;
  errors: FieldErrors<ReleaseFormField>;
  disabled: boolean;
  /** Editing a release (no template to choose) rather than planning one. */
  editing: boolean;
  /** The templates to plan from, once loaded. */
  templates: { value?: ChecklistTemplate[]; error?: Error };
  /** The template the new release gets: the chosen one, else the default. */
  templateId: string;
}

/** The fields of the release form: plan, window, people, scope, template and goals. */
export function ReleaseFormFields(props: ReleaseFormFieldsProps) {
  const { values, onChange, errors, disabled, editing } = props;
  const textField = (
    field: 'title' | 'version' | 'windowStart' | 'windowEnd' | 'description',
    label: string,
    extra: Partial<Omit<OutlinedTextFieldProps, 'variant'>> = {},
  ) => (
    <TextField
      {...extra}
      id={`release-${field}`}
      label={label}
      value={values[field]}
      onChange={event => onChange(field, event.target.value)}
      error={Boolean(errors[field])}
      helperText={errors[field] ?? extra.helperText}
      disabled={disabled}
      variant="outlined"
      margin="dense"
      fullWidth
    />
  );
  const windowField = (field: 'windowStart' | 'windowEnd', label: string) =>
    textField(field, label, {
      type: 'datetime-local',
      required: true,
      InputLabelProps: { shrink: true },
    });
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={8}>
        {textField('title', 'Title', { required: true })}
      </Grid>
      <Grid item xs={12} sm={4}>
        {textField('version', 'Version', { required: true })}
      </Grid>
      <Grid item xs={12} sm={6}>
        {windowField('windowStart', 'Window start')}
      </Grid>
      <Grid item xs={12} sm={6}>
        {windowField('windowEnd', 'Window end')}
      </Grid>
      <Grid item xs={12} sm={6}>
        <EntityRefPicker
          id="release-owner"
          label="Owner (release manager)"
          kinds={['User', 'Group']}
          required
          value={values.owner}
          onChange={ref => onChange('owner', ref)}
          error={errors.owner}
          disabled={disabled}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <EntityRefPicker
          id="release-stakeholders"
          label="Stakeholders"
          kinds={['User', 'Group']}
          multiple
          value={values.stakeholders}
          onChange={refs => onChange('stakeholders', refs)}
          error={errors.stakeholders}
          disabled={disabled}
        />
      </Grid>
      <Grid item xs={12} sm={editing ? 12 : 8}>
        <EntityRefPicker
          id="release-components"
          label="Components"
          kinds={['Component']}
          multiple
          value={values.components}
          onChange={refs => onChange('components', refs)}
          error={errors.components}
          helperText={
            editing
              ? 'Removing a component drops its open checklist items'
              : 'Each component gets the template’s checklist, assigned to its owner'
          }
          disabled={disabled}
        />
      </Grid>
      {!editing && (
        <Grid item xs={12} sm={4}>
          <TemplateField {...props} />
        </Grid>
      )}
      <Grid item xs={12}>
        {textField('description', 'Goals and scope', {
          multiline: true,
          minRows: 4,
          helperText: 'Markdown',
        })}
      </Grid>
    </Grid>
  );
}

function TemplateField(props: ReleaseFormFieldsProps) {
  const { onChange, errors, disabled, templates, templateId } = props;
  return (
    <TextField
      id="release-templateId"
      select
      label="Checklist template"
      value={templates.value?.length ? templateId : ''}
      onChange={event => onChange('templateId', event.target.value)}
      error={Boolean(errors.templateId || templates.error)}
      helperText={
        errors.templateId ??
        (templates.error
          ? `Could not load templates: ${templates.error.message}`
          : undefined)
      }
      disabled={disabled || !templates.value?.length}
      variant="outlined"
      margin="dense"
      fullWidth
    >
      {(templates.value ?? []).map(template => (
        <MenuItem key={template.id} value={template.id}>
          {template.title}
        </MenuItem>
      ))}
    </TextField>
  );
}
