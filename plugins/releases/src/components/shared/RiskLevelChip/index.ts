export { RiskLevelChip, RISK_LEVEL_LABELS } from './RiskLevelChip';
export type { RiskLevelChipProps } from './RiskLevelChip';
