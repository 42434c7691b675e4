export { OutcomeDialog } from './OutcomeDialog';
export type { OutcomeDialogProps } from './OutcomeDialog';
export {
  OUTCOME_LABELS,
  isOutcomeRecordable,
  type OutcomeOffer,
} from './outcomeForm';
