import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { RiskRefresher } from './RiskRefresher';

/**
 * The plugin's background risk refresher, as a plugin-scoped service: the plugin queues changed
 * releases on it, and a test backend (or a module of this plugin) can wait for it to be idle. It
 * stops when the plugin shuts down, before the database is closed.
 */
export const riskRefresherServiceRef = createServiceRef<RiskRefresher>({
  id: 'releases.risk-refresher',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
      },
      factory({ logger, lifecycle }) {
        const refresher = new RiskRefresher(logger);
        lifecycle.addShutdownHook(() => refresher.stop());
        return refresher;
      },
    }),
});
