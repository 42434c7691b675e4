export { RisksTable } from './RisksTable';
