import { createConditionExports } from '@backstage/plugin-permission-node';
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

/**
 * Conditions for policies on release permissions (read, update, delete), e.g.
 * `createReleaseConditionalDecision(permission, releaseConditions.isReleaseOwner({ claims }))`.
 *
 * @public
 */
export const releaseConditions = releaseExports.conditions;
/** @public */
export const createReleaseConditionalDecision =
  releaseExports.createConditionalDecision;

/**
 * Conditions for policies on the checklist item update permission.
 *
 * @public
 */
export const checklistItemConditions = checklistItemExports.conditions;
/** @public */
export const createChecklistItemConditionalDecision =
  checklistItemExports.createConditionalDecision;
