import type {
  AuditorService,
  HttpAuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { ChecklistTemplate } from '@releasekit/plugin-releases-common';
import { createOpenApiRouter } from '../schema/openapi';
import type { CalendarService } from '../service/CalendarService';
import type { ChecklistService } from '../service/ChecklistService';
import type { CheckService } from '../service/CheckService';
import type { DeploymentService } from '../service/DeploymentService';
import type { ExecutionService } from '../service/ExecutionService';
import type { FeedService } from '../service/FeedService';
import type { FollowUpService } from '../service/FollowUpService';
import type { FreezeService } from '../service/FreezeService';
import type { InsightsService } from '../service/InsightsService';
import type { LifecycleService } from '../service/LifecycleService';
import type { ReleaseService } from '../service/ReleaseService';
import { bindCalendarRoutes } from './calendar.router';
import { bindChecklistRoutes } from './checklist.router';
import { bindCheckRoutes } from './checks.router';
import { bindDeploymentRoutes } from './deployments.router';
import { bindExecutionRoutes } from './execution.router';
import { bindFeedRoutes } from './feeds.router';
import { bindFollowUpRoutes } from './followUp.router';
import { bindFreezeRoutes } from './freezes.router';
import { bindReleaseRoutes } from './releases.router';
import { hideInternalErrors } from './hideInternalErrors';
import { refuseNulCharacters } from './refuseNulCharacters';
import { createResponder } from './respond';
import { bindTemplateRoutes } from './templates.router';

/** The (authorised) services behind the API. */
export interface ReleasesApi {
  releases: ReleaseService;
  lifecycle: LifecycleService;
  checklist: ChecklistService;
  checks: CheckService;
  deployments: DeploymentService;
  followUp: FollowUpService;
  insights: InsightsService;
  freezes: FreezeService;
  calendar: CalendarService;
  feeds: FeedService;
  templates: ChecklistTemplate[];
  execution: ExecutionService;
}

/**
 * The HTTP API of PRODUCT.md. The router is generated from the spec (openapi.yaml): requests are
 * validated against it before a handler runs, and handlers are typed by it. Each resource binds its
 * routes in its own file; handlers only read the request and answer through `respond`.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  logger: LoggerService;
  api: ReleasesApi;
}) {
  const { api } = options;
  const router = await createOpenApiRouter();
  const respond = createResponder(options);
  router.use(refuseNulCharacters);
  bindReleaseRoutes(router, respond, api);
  bindChecklistRoutes(router, respond, api.checklist);
  bindCheckRoutes(router, respond, api.checks);
  bindDeploymentRoutes(router, respond, api.deployments);
  bindFollowUpRoutes(router, respond, api.followUp);
  bindFreezeRoutes(router, respond, api.freezes);
  bindFeedRoutes(router, respond, api.feeds);
  bindCalendarRoutes(router, respond, api);
  bindTemplateRoutes(router, respond, api.templates);
  bindExecutionRoutes(router, respond, api.execution);
  router.use(
    hideInternalErrors({
      logger: options.logger,
      production: process.env.NODE_ENV === 'production',
    }),
  );
  return router;
}
