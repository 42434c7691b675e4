import { createBackendModule } from '@backstage/backend-plugin-api';
import { techInsightsServiceRef } from '@backstage-community/plugin-tech-insights-node';
import { releasesChecksExtensionPoint } from '@releasekit/plugin-releases-node';
import { TechInsightsCheckProvider } from './TechInsightsCheckProvider';

/**
 * Adds the `tech-insights` check provider to the Releases backend: `tech-insights:<checkId>` items
 * settle from the results of Tech Insights checks.
 *
 * @public
 */
export const releasesModuleTechInsights = createBackendModule({
  pluginId: 'releases',
  moduleId: 'tech-insights',
  register(env) {
    env.registerInit({
      deps: {
        checks: releasesChecksExtensionPoint,
        techInsights: techInsightsServiceRef,
      },
      async init({ checks, techInsights }) {
        checks.addCheckProvider(new TechInsightsCheckProvider(techInsights));
      },
    });
  },
});
