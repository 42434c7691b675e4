import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField, {
  type OutlinedTextFieldProps,
} from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type { Release } from '@releasekit/plugin-releases-common';
import { useRef, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  fieldErrorOf,
  isConflict,
  releasesApiRef,
  serverErrorOf,
} from '../../api';
import { EntityRefPicker } from '../EntityRefPicker';
import { DialogForm, FormDialog } from '../FormDialog';
import {
  componentChangesOf,
  createRequestOf,
  emptyFormValues,
  FORM_FIELDS,
  formValuesOf,
  missingFields,
  updateRequestOf,
  type FieldErrors,
  type ReleaseFormField,
  type ReleaseFormValues,
} from './formValues';

export interface ReleaseFormDialogProps {
  open: boolean;
  /** The release to edit; without it the dialog plans a new one. */
  release?: Release;
  /** Prefilled values for a new release, e.g. the entity it is planned from. */
  initialValues?: Partial<ReleaseFormValues>;
  onClose: () => void;
  onSaved: (release: Release) => void;
}

/** Plans a new release or edits one; the API's validation messages show at the field they name. */
export function ReleaseFormDialog(props: ReleaseFormDialogProps) {
  const { open, onClose } = props;
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      titleId="release-form-title"
      maxWidth="md"
    >
      {/* Mounted only while open, so every opening starts from the release as it is. */}
      <ReleaseForm {...props} />
    </FormDialog>
  );
}

function ReleaseForm(props: ReleaseFormDialogProps) {
  const { release, initialValues, onClose, onSaved } = props;
  const api = useApi(releasesApiRef);
  const [original] = useState<ReleaseFormValues>(() =>
    release ? formValuesOf(release) : emptyFormValues(initialValues),
  );
  const [values, setValues] = useState<ReleaseFormValues>(original);
  // What the server has now: refreshed by "Reload" and by each step of a save that went through.
  const [server, setServer] = useState(() => ({
    revision: release?.revision ?? 0,
    components: release?.components ?? [],
  }));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [generalError, setGeneralError] = useState<string>();
  const [conflict, setConflict] = useState<{
    state: 'stale' | 'reloaded';
    message?: string;
  }>();
  const [submitting, setSubmitting] = useState(false);
  const [reloading, setReloading] = useState(false);
  // State renders the disabled buttons; this ref is what stops a second submit in the same tick.
  const inFlight = useRef(false);

  const templates = useAsync(
    async () => (release ? [] : api.listTemplates()),
    [api, release],
  );
  const templateId =
    values.templateId ||
    (templates.value?.find(t => t.id === 'default') ?? templates.value?.[0])
      ?.id ||
    '';

  const set =
    <K extends ReleaseFormField>(field: K) =>
    (value: ReleaseFormValues[K]) => {
      setValues(current => ({ ...current, [field]: value }));
      setFieldErrors(current => ({ ...current, [field]: undefined }));
    };

  const showError = (error: unknown) => {
    const serverError = serverErrorOf(error);
    const fieldError = fieldErrorOf(serverError);
    if (
      fieldError &&
      (FORM_FIELDS as readonly string[]).includes(fieldError.field)
    ) {
      setFieldErrors({
        [fieldError.field]: fieldError.message,
      } as FieldErrors);
    } else if (release && isConflict(serverError)) {
      setConflict({ state: 'stale', message: serverError.message });
    } else {
      setGeneralError(serverError.message);
    }
  };

  const save = async () => {
    if (inFlight.current) return;
    const missing = missingFields(values);
    if (Object.keys(missing).length) {
      setFieldErrors(missing);
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setGeneralError(undefined);
    setFieldErrors({});
    try {
      if (!release) {
        onSaved(
          await api.createRelease(createRequestOf({ ...values, templateId })),
        );
        return;
      }
      let saved: Release = release;
      let current = server;
      const remember = (next: Release) => {
        saved = next;
        current = { revision: next.revision, components: next.components };
        setServer(current);
      };
      const update = updateRequestOf(values, original, current.revision);
      if (update) remember(await api.updateRelease(release.id, update));
      const scope = componentChangesOf(values, original, current.components);
      if (scope.add.length) {
        remember(
          await api.addComponents(release.id, scope.add, current.revision),
        );
      }
      for (const ref of scope.remove) {
        remember(await api.removeComponent(release.id, ref));
      }
      onSaved(saved);
    } catch (error) {
      showError(error);
      setSubmitting(false);
    } finally {
      inFlight.current = false;
    }
  };

  const reload = async () => {
    if (!release) return;
    setReloading(true);
    try {
      const fresh = await api.getRelease(release.id);
      // Only what the server decides is refreshed; what the user typed stays in the form.
      setServer({ revision: fresh.revision, components: fresh.components });
      setConflict({ state: 'reloaded' });
    } catch (error) {
      setGeneralError(serverErrorOf(error).message);
    } finally {
      setReloading(false);
    }
  };

  const busy = submitting || reloading;
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
      onChange={event => set(field)(event.target.value)}
      error={Boolean(fieldErrors[field])}
      helperText={fieldErrors[field] ?? extra.helperText}
      disabled={submitting}
      variant="outlined"
      margin="dense"
      fullWidth
    />
  );

  return (
    <DialogForm
      title={
        release ? `Edit ${release.title} ${release.version}` : 'Plan a release'
      }
      notice={
        <>
          {conflict?.state === 'stale' && (
            <Alert
              severity="warning"
              action={
                <Button color="inherit" onClick={reload} disabled={busy}>
                  Reload
                </Button>
              }
            >
              <AlertTitle>Someone else changed this release</AlertTitle>
              Reload to save on top of their changes; what you typed here is
              kept.
              {conflict.message && (
                <Typography variant="body2" color="textSecondary">
                  {conflict.message}
                </Typography>
              )}
            </Alert>
          )}
          {conflict?.state === 'reloaded' && (
            <Alert severity="info">
              Reloaded. Your changes are still here; save to apply them.
            </Alert>
          )}
        </>
      }
      error={generalError}
      onSubmit={save}
      onCancel={onClose}
      submitLabel={release ? 'Save' : 'Plan release'}
      busyLabel="Saving…"
      busy={submitting}
      submitDisabled={reloading}
    >
      <Grid container spacing={2}>
        <Grid item xs={12} sm={8}>
          {textField('title', 'Title', { required: true })}
        </Grid>
        <Grid item xs={12} sm={4}>
          {textField('version', 'Version', { required: true })}
        </Grid>
        <Grid item xs={12} sm={6}>
          {textField('windowStart', 'Window start', {
            type: 'datetime-local',
            required: true,
            InputLabelProps: { shrink: true },
          })}
        </Grid>
        <Grid item xs={12} sm={6}>
          {textField('windowEnd', 'Window end', {
            type: 'datetime-local',
            required: true,
            InputLabelProps: { shrink: true },
          })}
        </Grid>
        <Grid item xs={12} sm={6}>
          <EntityRefPicker
            id="release-owner"
            label="Owner (release manager)"
            kinds={['User', 'Group']}
            required
            value={values.owner}
            onChange={set('owner')}
            error={fieldErrors.owner}
            disabled={submitting}
          />
        </Grid>
        <Grid item xs={12} sm={6}>
          <EntityRefPicker
            id="release-stakeholders"
            label="Stakeholders"
            kinds={['User', 'Group']}
            multiple
            value={values.stakeholders}
            onChange={set('stakeholders')}
            error={fieldErrors.stakeholders}
            disabled={submitting}
          />
        </Grid>
        <Grid item xs={12} sm={release ? 12 : 8}>
          <EntityRefPicker
            id="release-components"
            label="Components"
            kinds={['Component']}
            multiple
            value={values.components}
            onChange={set('components')}
            error={fieldErrors.components}
            helperText={
              release
                ? 'Removing a component drops its open checklist items'
                : 'Each component gets the template’s checklist, assigned to its owner'
            }
            disabled={submitting}
          />
        </Grid>
        {!release && (
          <Grid item xs={12} sm={4}>
            <TextField
              id="release-templateId"
              select
              label="Checklist template"
              value={templates.value?.length ? templateId : ''}
              onChange={event => set('templateId')(event.target.value)}
              error={Boolean(fieldErrors.templateId || templates.error)}
              helperText={
                fieldErrors.templateId ??
                (templates.error
                  ? `Could not load templates: ${templates.error.message}`
                  : undefined)
              }
              disabled={submitting || !templates.value?.length}
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
    </DialogForm>
  );
}
