export { Runbook } from './Runbook';
export type { RunbookProps } from './Runbook';
export {
  RUNBOOK_STATUSES,
  useReleaseExecution,
  type ReleaseExecutionState,
} from './useReleaseExecution';
