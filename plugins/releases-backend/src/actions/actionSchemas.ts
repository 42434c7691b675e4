import {
  CHECK_KEY_PATTERN,
  CHECKLIST_CATEGORIES,
  type ChecklistCategory,
  RELEASE_STATUSES,
  type ReleaseStatus,
} from '@releasekit/plugin-releases-common';
import type { z as zod } from 'zod/v3';

/** The zod the actions registry hands to schema callbacks (zod/v3, whatever zod the plugin uses). */
export type Zod = typeof zod;

/*
 * The pieces of the actions' input and output schemas. Inputs hold what the API's spec
 * (schema/openapi.yaml) holds for the same fields, so that a request the API would refuse with a 400
 * is refused by the actions registry before any service runs; outputs are what an assistant needs.
 */

/** A full entity ref, as the spec's EntityRef. */
export const entityRef = (z: Zod, what: string) =>
  z
    .string()
    .min(3)
    .max(255)
    .regex(/^[A-Za-z0-9_.-]+:([A-Za-z0-9_.-]+\/)?[A-Za-z0-9_.-]+$/, {
      message: 'must be an entity ref like component:default/name',
    })
    .describe(`${what}, as a full entity ref: kind:namespace/name`);

/** A release's or checklist item's id, as the spec's Id. */
export const id = (z: Zod, what: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/)
    .describe(what);

/** An ISO 8601 time with its offset, as the spec's Timestamp. */
export const timestamp = (z: Zod, what: string) =>
  z
    .string()
    .datetime({ offset: true })
    .describe(`${what}: ISO 8601 with an offset, e.g. 2027-03-04T09:00:00Z`);

export const releaseStatus = (z: Zod) =>
  z.enum(RELEASE_STATUSES as [ReleaseStatus, ...ReleaseStatus[]]);

export const checklistItemState = (z: Zod) =>
  z.enum(['open', 'done', 'not_applicable']);

export const checkKey = (z: Zod) =>
  z
    .string()
    .min(1)
    .max(128)
    .regex(CHECK_KEY_PATTERN)
    .describe('A check key, like ci.tests or tech-insights:hasTechDocs');

const category = (z: Zod) =>
  z.enum(CHECKLIST_CATEGORIES as [ChecklistCategory, ...ChecklistCategory[]]);

export const readinessSummary = (z: Zod) =>
  z.object({
    ready: z.boolean().describe('True when no required item is open'),
    percent: z.number().describe('Settled items of all items, 0 to 100'),
    total: z.number(),
    settled: z.number(),
    requiredOpen: z
      .number()
      .describe('Open required items: what blocks the release'),
  });

export const riskLevel = (z: Zod) =>
  z
    .object({
      score: z.number().describe('0 to 100'),
      level: z.enum(['low', 'medium', 'high']),
    })
    .nullable()
    .describe('The risk score; null until first computed');

/** A release as lists show it: enough to name it, find it again by id and judge it. */
export const releaseSummary = (z: Zod) =>
  z.object({
    id: z.string(),
    title: z.string(),
    version: z.string(),
    status: releaseStatus(z),
    owner: z.string(),
    windowStart: z.string(),
    windowEnd: z.string(),
    components: z.array(z.string()),
    revision: z
      .number()
      .describe(
        'Changes with every write; give it back to write only if nothing changed since',
      ),
    readiness: readinessSummary(z),
    risk: riskLevel(z),
  });

/** A checklist item as assistants see it (notes and evidence included, authorship dates left out). */
export const checklistItem = (z: Zod) =>
  z.object({
    id: z.string(),
    title: z.string(),
    category: category(z),
    componentRef: z
      .string()
      .nullable()
      .describe('The component it belongs to; null for release-level items'),
    required: z.boolean(),
    state: checklistItemState(z),
    assignee: z.string().nullable(),
    check: z
      .string()
      .nullable()
      .describe(
        'The automated check whose results settle it; null when a person settles it',
      ),
    note: z.string().nullable(),
    evidenceUrl: z.string().nullable(),
    doneBy: z.string().nullable(),
    doneAt: z.string().nullable(),
  });

export const freezeOccurrence = (z: Zod) =>
  z.object({
    freezeId: z.string(),
    title: z.string(),
    reason: z.string(),
    start: z.string(),
    end: z.string(),
    entityRefs: z
      .array(z.string())
      .describe('What it freezes; empty means the whole organisation'),
  });
