import type {
  AuthService,
  DatabaseService,
  LifecycleService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { DatabaseRiskStore } from '../../database/DatabaseRiskStore';
import type { ReleaseStore } from '../../database/ReleaseStore';
import type { DefaultFreezeService } from '../DefaultFreezeService';
import type { DefaultInsightsService } from '../DefaultInsightsService';
import {
  DefaultRiskService,
  type ReleaseChangeSignals,
} from './DefaultRiskService';
import type { RiskRefresher } from './RiskRefresher';
import type { RiskService } from './RiskService';
import { readRiskSettings } from './riskSettings';

/**
 * The risk score, wired: settings from `releases.risk` (refused at start-up when wrong), the
 * refresher started with the plugin, and the scheduled refresh of every unfinished release
 * (`releases.risk.frequency`, default 30 minutes; the scheduler's global scope runs it on one
 * replica at a time). Its first run also computes the releases that have never been.
 */
export async function createRiskService(options: {
  config: Config;
  database: DatabaseService;
  logger: LoggerService;
  auth: AuthService;
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  store: ReleaseStore;
  insights: DefaultInsightsService;
  freezes: DefaultFreezeService;
  signals: ReleaseChangeSignals;
  refresher: RiskRefresher;
}): Promise<RiskService> {
  const { scheduler, logger, refresher } = options;
  const settings = readRiskSettings(options.config);
  const risk = new DefaultRiskService({
    store: options.store,
    risks: await DatabaseRiskStore.create(options),
    insights: options.insights,
    freezes: options.freezes,
    auth: options.auth,
    signals: options.signals,
    logger,
    settings,
  });
  // Changes made while the plugin starts (the demo seed) are refreshed once it has started.
  options.lifecycle.addStartupHook(() =>
    refresher.start(ids => risk.refresh(ids)),
  );
  await scheduler.scheduleTask({
    id: 'releases-risk',
    scope: 'global',
    frequency: settings.frequency,
    timeout: { minutes: 15 },
    initialDelay: { minutes: 1 },
    fn: async signal => {
      await risk.refreshAll(signal as AbortSignal);
    },
  });
  return risk;
}
