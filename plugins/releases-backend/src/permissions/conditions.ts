import type { PermissionCondition } from '@backstage/plugin-permission-common';
import { createConditionExports } from '@backstage/plugin-permission-node';
import type { ReleaseStatus } from '@releasekit/plugin-releases-common';
import {
  checklistItemResourceRef,
  checklistItemRules,
  releaseResourceRef,
  releaseRules,
} from './rules';

const releaseExports = createConditionExports({
  resourceRef: releaseResourceRef,
  rules: releaseRules,
});

const checklistItemExports = createConditionExports({
  resourceRef: checklistItemResourceRef,
  rules: checklistItemRules,
});

// The condition types are spelled out so that the published types name only the resource type and
// the rule parameters, not the stores' internal row and query types; tsc checks they fit the rules.

/**
 * Conditions for policies on release permissions (read, update, delete), e.g.
 * `createReleaseConditionalDecision(permission, releaseConditions.isReleaseOwner({ claims }))`.
 *
 * @public
 */
export const releaseConditions: {
  isReleaseOwner(params: {
    claims: string[];
  }): PermissionCondition<'release', { claims: string[] }>;
  includesEntity(params: {
    entityRef: string;
  }): PermissionCondition<'release', { entityRef: string }>;
  hasStatus(params: {
    statuses: ReleaseStatus[];
  }): PermissionCondition<'release', { statuses: ReleaseStatus[] }>;
} = releaseExports.conditions;
/** @public */
export const createReleaseConditionalDecision =
  releaseExports.createConditionalDecision;

/**
 * Conditions for policies on the checklist item update permission.
 *
 * @public
 */
export const checklistItemConditions: {
  isComponentOwner(params: {
    claims: string[];
  }): PermissionCondition<'release-checklist-item', { claims: string[] }>;
  isReleaseOwner(params: {
    claims: string[];
  }): PermissionCondition<'release-checklist-item', { claims: string[] }>;
} = checklistItemExports.conditions;
/** @public */
export const createChecklistItemConditionalDecision =
  checklistItemExports.createConditionalDecision;
