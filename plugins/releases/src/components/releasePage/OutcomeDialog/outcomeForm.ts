import type {
  Outcome,
  OutcomeResult,
  ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import { DateTime } from 'luxon';
import type { RecordOutcomeRequest } from '../../../api';
import { fromLocalInputValue, toLocalInputValue } from '../../../formatting';
import { isHttpUrl } from '../EvidenceLinkDialog';

export const OUTCOME_LABELS: Record<OutcomeResult, string> = {
  success: 'Success',
  partial: 'Partial success',
  failed: 'Failed',
  rolled_back: 'Rolled back',
};

/** What each result does to the release, said next to the choice. */
export const OUTCOME_HINTS: Record<OutcomeResult, string> = {
  success: 'Shipped as planned',
  partial: 'Shipped, with part of the scope held back or broken',
  failed: 'Shipped, but it caused a failure in production',
  rolled_back: 'Undone: the release ends rolled back',
};

/** Where the API takes an outcome: a release in progress (which it closes) or a finished one. */
export function isOutcomeRecordable(status: ReleaseStatus): boolean {
  return (
    status === 'in_progress' ||
    status === 'released' ||
    status === 'rolled_back'
  );
}

/**
 * Values the form starts from instead of the recorded (or empty) ones: the release time the
 * deployments say, or the rollback that a failed production deployment calls for.
 */
export interface OutcomeOffer {
  result?: OutcomeResult;
  /** ISO 8601. */
  releasedAt?: string;
}

export interface IncidentRow {
  /** Keeps a row's inputs in place when an earlier row is removed. */
  key: number;
  title: string;
  url: string;
}

export interface ActionItemRow {
  key: number;
  title: string;
  carryForward: boolean;
}

export interface OutcomeFormValues {
  result: OutcomeResult | '';
  /** A `datetime-local` value, in the viewer's zone. */
  releasedAt: string;
  incidents: IncidentRow[];
  lessonsLearned: string;
  actionItems: ActionItemRow[];
}

/** The fields the API names in its messages (`releasedAt: cannot be in the future`). */
export const OUTCOME_FIELDS = [
  'result',
  'releasedAt',
  'incidents',
  'lessonsLearned',
  'actionItems',
] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

export interface OutcomeFormErrors {
  fields: Partial<Record<OutcomeField, string>>;
  /** Per incident row, by key. */
  incidents: Record<number, { title?: string; url?: string }>;
  /** Per action item row, by key. */
  actionItems: Record<number, { title?: string }>;
}

export const noErrors = (): OutcomeFormErrors => ({
  fields: {},
  incidents: {},
  actionItems: {},
});

export function hasErrors(errors: OutcomeFormErrors): boolean {
  return (
    Object.values(errors.fields).some(Boolean) ||
    Object.keys(errors.incidents).length > 0 ||
    Object.keys(errors.actionItems).length > 0
  );
}

let nextKey = 0;
export const newRowKey = () => {
  nextKey += 1;
  return nextKey;
};

/** The form for a new outcome (released now) or for amending the recorded one. */
export function outcomeFormValuesOf(
  outcome: Outcome | null,
  now: DateTime = DateTime.now(),
): OutcomeFormValues {
  if (!outcome) {
    return {
      result: '',
      releasedAt: toLocalInputValue(now.toISO()!),
      incidents: [],
      lessonsLearned: '',
      actionItems: [],
    };
  }
  return {
    result: outcome.result,
    releasedAt: toLocalInputValue(outcome.releasedAt),
    incidents: outcome.incidents.map(i => ({
      key: newRowKey(),
      title: i.title,
      url: i.url ?? '',
    })),
    lessonsLearned: outcome.lessonsLearned,
    actionItems: outcome.actionItems.map(a => ({
      key: newRowKey(),
      title: a.title,
      carryForward: a.carryForward,
    })),
  };
}

/** The form's first values with what is offered put in. */
export function withOffer(
  values: OutcomeFormValues,
  offer: OutcomeOffer | undefined,
): OutcomeFormValues {
  return {
    ...values,
    ...(offer?.result ? { result: offer.result } : {}),
    ...(offer?.releasedAt
      ? { releasedAt: toLocalInputValue(offer.releasedAt) }
      : {}),
  };
}

/** What the API would refuse, caught before sending: it checks the same things. */
export function validateOutcomeForm(
  values: OutcomeFormValues,
  now: DateTime = DateTime.now(),
): OutcomeFormErrors {
  const errors = noErrors();
  if (!values.result) errors.fields.result = 'Choose how the release went';
  const releasedAt = fromLocalInputValue(values.releasedAt);
  if (!releasedAt) {
    errors.fields.releasedAt = 'When did it go out?';
  } else if (DateTime.fromISO(releasedAt) > now.plus({ minutes: 1 })) {
    errors.fields.releasedAt = 'cannot be in the future';
  }
  for (const row of values.incidents) {
    const rowErrors: { title?: string; url?: string } = {};
    if (!row.title.trim()) rowErrors.title = 'Name the incident';
    if (row.url.trim() && !isHttpUrl(row.url.trim())) {
      rowErrors.url = 'Enter an http:// or https:// link';
    }
    if (rowErrors.title || rowErrors.url) errors.incidents[row.key] = rowErrors;
  }
  for (const row of values.actionItems) {
    if (!row.title.trim()) {
      errors.actionItems[row.key] = { title: 'Say what is to be done' };
    }
  }
  return errors;
}

/** The request body, once the form is valid. */
export function outcomeRequestOf(
  values: OutcomeFormValues,
  revision: number,
): RecordOutcomeRequest {
  return {
    result: values.result as OutcomeResult,
    releasedAt: fromLocalInputValue(values.releasedAt)!,
    incidents: values.incidents.map(row => ({
      title: row.title.trim(),
      ...(row.url.trim() ? { url: row.url.trim() } : {}),
    })),
    lessonsLearned: values.lessonsLearned.trim(),
    actionItems: values.actionItems.map(row => ({
      title: row.title.trim(),
      carryForward: row.carryForward,
    })),
    revision,
  };
}
