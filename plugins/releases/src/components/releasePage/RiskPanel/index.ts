export { RiskPanel } from './RiskPanel';
