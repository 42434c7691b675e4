export { DisabledReason } from './DisabledReason';
