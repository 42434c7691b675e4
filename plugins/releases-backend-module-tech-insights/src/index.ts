/**
 * A Releases backend module: automated checklist items settled by Tech Insights checks.
 *
 * @packageDocumentation
 */
export { releasesModuleTechInsights as default } from './module';
export {
  CHECK_PREFIX,
  TechInsightsCheckProvider,
} from './TechInsightsCheckProvider';
