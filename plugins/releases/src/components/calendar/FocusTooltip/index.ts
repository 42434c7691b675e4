export { FocusTooltip } from './FocusTooltip';
