export { ReleaseTooltipContent } from './ReleaseTooltipContent';
