export { TransitionDialog } from './TransitionDialog';
export type { TransitionDialogProps } from './TransitionDialog';
export { TRANSITION_ACTIONS, describeTransition } from './transitionCopy';
