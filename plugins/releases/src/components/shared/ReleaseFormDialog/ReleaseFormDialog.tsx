import { useApi } from '@backstage/core-plugin-api';
import type { Release } from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';
import { useFormSubmission } from '../../../hooks/useFormSubmission';
import { DialogForm, FormDialog } from '../FormDialog';
import {
  createRequestOf,
  emptyFormValues,
  FORM_FIELDS,
  formValuesOf,
  missingFields,
  type ReleaseFormField,
  type ReleaseFormValues,
} from './formValues';
import { ReleaseFormFields } from './ReleaseFormFields';
import { saveReleaseEdit, type ServerSide } from './saveRelease';
import { StaleReleaseNotice } from './StaleReleaseNotice';

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
  const form = useFormSubmission(FORM_FIELDS);
  const [original] = useState<ReleaseFormValues>(() =>
    release ? formValuesOf(release) : emptyFormValues(initialValues),
  );
  const [values, setValues] = useState<ReleaseFormValues>(original);
  // What the server has now: refreshed by "Reload" and by each step of a save that went through.
  const [server, setServer] = useState<ServerSide>(() => ({
    revision: release?.revision ?? 0,
    components: release?.components ?? [],
  }));
  const [reloaded, setReloaded] = useState(false);

  const templates = useAsync(
    async () => (release ? [] : api.listTemplates()),
    [api, release],
  );
  const templateId =
    values.templateId ||
    (templates.value?.find(t => t.id === 'default') ?? templates.value?.[0])
      ?.id ||
    '';

  const change = <K extends ReleaseFormField>(
    field: K,
    value: ReleaseFormValues[K],
  ) => {
    setValues(current => ({ ...current, [field]: value }));
    form.clearFieldError(field);
  };

  const checkRequired = () => {
    const missing = missingFields(values);
    form.setFieldErrors(missing);
    return Object.keys(missing).length === 0;
  };

  const save = () =>
    form.submit(async () => {
      if (!release) {
        onSaved(
          await api.createRelease(createRequestOf({ ...values, templateId })),
        );
        return;
      }
      onSaved(
        await saveReleaseEdit({
          api,
          release,
          values,
          original,
          server,
          onStep: setServer,
        }),
      );
    }, checkRequired);

  const reload = () =>
    form.reload(async () => {
      const fresh = await api.getRelease(release!.id);
      // Only what the server decides is refreshed; what the user typed stays in the form.
      setServer({ revision: fresh.revision, components: fresh.components });
      setReloaded(true);
    });

  // Planning a release has nothing to reload: a conflict there is an error like any other.
  const stale = Boolean(release) && form.conflict;
  return (
    <DialogForm
      title={
        release ? `Edit ${release.title} ${release.version}` : 'Plan a release'
      }
      notice={
        <StaleReleaseNotice
          stale={stale}
          message={form.refusal?.message}
          reloaded={reloaded}
          onReload={reload}
          busy={form.submitting || form.reloading}
        />
      }
      error={stale ? undefined : form.refusal?.message}
      onSubmit={save}
      onCancel={onClose}
      submitLabel={release ? 'Save' : 'Plan release'}
      busyLabel="Saving…"
      busy={form.submitting}
      submitDisabled={form.reloading}
    >
      <ReleaseFormFields
        values={values}
        onChange={change}
        errors={form.fieldErrors}
        disabled={form.submitting}
        editing={Boolean(release)}
        templates={templates}
        templateId={templateId}
      />
    </DialogForm>
  );
}
