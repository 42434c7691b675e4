import type { Release } from '@releasekit/plugin-releases-common';
import type { CreateReleaseRequest, UpdateReleaseRequest } from '../../../api';
import { fromLocalInputValue, toLocalInputValue } from '../../../formatting';
import type { FieldErrors } from '../../../hooks/useFormSubmission';

/** What the release form edits. Window times are `datetime-local` values in the viewer's zone. */
export interface ReleaseFormValues {
  title: string;
  version: string;
  windowStart: string;
  windowEnd: string;
  owner: string | null;
  components: string[];
  stakeholders: string[];
  templateId: string;
  description: string;
}

export type ReleaseFormField = keyof ReleaseFormValues;

export const FORM_FIELDS: readonly ReleaseFormField[] = [
  'title',
  'version',
  'windowStart',
  'windowEnd',
  'owner',
  'components',
  'stakeholders',
  'templateId',
  'description',
];

export function emptyFormValues(
  prefill: Partial<ReleaseFormValues> = {},
): ReleaseFormValues {
  return {
    title: '',
    version: '',
    windowStart: '',
    windowEnd: '',
    owner: null,
    components: [],
    stakeholders: [],
    templateId: '',
    description: '',
    ...prefill,
  };
}

export function formValuesOf(release: Release): ReleaseFormValues {
  return {
    title: release.title,
    version: release.version,
    windowStart: toLocalInputValue(release.windowStart),
    windowEnd: toLocalInputValue(release.windowEnd),
    owner: release.owner,
    components: release.components,
    stakeholders: release.stakeholders,
    templateId: release.templateId,
    description: release.description,
  };
}

/** The fields the form cannot send without; the server checks everything else. */
export function missingFields(
  values: ReleaseFormValues,
): FieldErrors<ReleaseFormField> {
  const errors: FieldErrors<ReleaseFormField> = {};
  if (!values.title.trim()) errors.title = 'A title is required';
  if (!values.version.trim()) errors.version = 'A version is required';
  if (!fromLocalInputValue(values.windowStart))
    errors.windowStart = 'When does the window start?';
  if (!fromLocalInputValue(values.windowEnd))
    errors.windowEnd = 'When does the window end?';
  if (!values.owner) errors.owner = 'Pick the release manager';
  return errors;
}

export function createRequestOf(
  values: ReleaseFormValues,
): CreateReleaseRequest {
  return {
    title: values.title.trim(),
    version: values.version.trim(),
    windowStart: fromLocalInputValue(values.windowStart)!,
    windowEnd: fromLocalInputValue(values.windowEnd)!,
    owner: values.owner!,
    components: values.components,
    stakeholders: values.stakeholders,
    description: values.description,
    ...(values.templateId ? { templateId: values.templateId } : {}),
  };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Only the fields the user changed since the form opened, so that a save after a reload applies
 * their edits on top of someone else's without undoing the fields they did not touch.
 * Undefined when nothing changed.
 */
export function updateRequestOf(
  values: ReleaseFormValues,
  original: ReleaseFormValues,
  revision: number,
): UpdateReleaseRequest | undefined {
  const request: UpdateReleaseRequest = { revision };
  if (values.title !== original.title) request.title = values.title.trim();
  if (values.version !== original.version)
    request.version = values.version.trim();
  if (values.windowStart !== original.windowStart)
    request.windowStart = fromLocalInputValue(values.windowStart);
  if (values.windowEnd !== original.windowEnd)
    request.windowEnd = fromLocalInputValue(values.windowEnd);
  if (values.owner !== original.owner && values.owner)
    request.owner = values.owner;
  if (!sameList(values.stakeholders, original.stakeholders))
    request.stakeholders = values.stakeholders;
  if (values.description !== original.description)
    request.description = values.description;
  return Object.keys(request).length > 1 ? request : undefined;
}

/**
 * The scope changes the user asked for, applied to the components the release has now:
 * what they added that is not there yet, and what they removed that is still there.
 */
export function componentChangesOf(
  values: ReleaseFormValues,
  original: ReleaseFormValues,
  current: string[],
): { add: string[]; remove: string[] } {
  const added = values.components.filter(
    ref => !original.components.includes(ref),
  );
  const removed = original.components.filter(
    ref => !values.components.includes(ref),
  );
  return {
    add: added.filter(ref => !current.includes(ref)),
    remove: removed.filter(ref => current.includes(ref)),
  };
}
