// This file is generated from plugins/releases-backend/src/schema/openapi.yaml by
// scripts/generate-api-types.js (openapi-typescript). Do not edit it by hand.

export interface paths {
  '/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Releases, newest window first. */
    get: operations['ListReleases'];
    put?: never;
    post: operations['CreateRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GetRelease'];
    put?: never;
    post?: never;
    /** @description Only drafts can be deleted. */
    delete: operations['DeleteRelease'];
    options?: never;
    head?: never;
    patch: operations['UpdateRelease'];
    trace?: never;
  };
  '/releases/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['TransitionRelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/components': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AddReleaseComponents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/components/{entityRef}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['RemoveReleaseComponent'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AddChecklistItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/checklist/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UpdateChecklistItem'];
    trace?: never;
  };
  '/checks/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ListCheckResults'];
    put?: never;
    /** @description Records check results (one, or up to 100 as `results`) and settles the automated checklist items waiting for them in releases not yet finished. Pipelines call it with an external access token whose subject is listed under `releases.checks.reporters`; users need the tick permission of every item the results settle. Reporting the same result again changes nothing. */
    post: operations['ReportCheckResults'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/checks/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Evaluates the release's checks that backend modules provide (catalog, Tech Insights) now. */
    post: operations['RunReleaseChecks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GetReleaseActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ListTemplates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/insights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Dependencies and dependents of each component from the catalog, the suggested release order, warnings and conflicts. Answers 200 with `degraded: true` when the catalog cannot be read. */
    get: operations['GetReleaseInsights'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/freezes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Freeze windows, from the API and from app-config; with from and to, those with an occurrence in the range. From and to go together: one without the other is refused (a range open at one end would expand recurring freezes without end). */
    get: operations['ListFreezes'];
    put?: never;
    post: operations['CreateFreeze'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/freezes/active': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Whether an entity is frozen now, and by which windows; for CI pipelines to ask before deploying. */
    get: operations['GetActiveFreezes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/freezes/{freezeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['DeleteFreeze'];
    options?: never;
    head?: never;
    patch: operations['UpdateFreeze'];
    trace?: never;
  };
  '/releases/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Records a go/no-go decision with a snapshot of the readiness at that moment. */
    post: operations['RecordDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** @description Records the outcome and retrospective. An in-progress release becomes released (success, partial, failed) or rolled_back (rolled_back); a finished one has its outcome amended. */
    put: operations['RecordOutcome'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Metrics of the releases completed in [from, to) (default the last year), overall, per month and per owning team. */
    get: operations['GetMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Releases whose windows overlap [from, to), freeze occurrences in it (recurring ones expanded) and the conflicts the database can tell among them (same component, freeze, same owner). */
    get: operations['GetCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The signed-in user's live calendar feeds (their URLs cannot be shown again). */
    get: operations['ListFeeds'];
    put?: never;
    /** @description Creates a secret calendar feed URL for the signed-in user. */
    post: operations['CreateFeed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/{feedId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['RevokeFeed'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/{token}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The feed as iCalendar. Needs no Backstage token; the secret token in the path is the credential. */
    get: operations['GetFeedCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Deployments, newest start first. */
    get: operations['ListDeployments'];
    put?: never;
    /** @description Records a deployment of a component to an environment, or the finish of one: a report updates the latest deployment of the same component, environment and version when that one is `started` (the run finishes) or, for `rolled_back`, `succeeded`; a report equal to it changes nothing. Otherwise it is a new deployment. It is matched to the named release, or to the in-progress release that includes the component; one that matches none is kept with no release. Pipelines call it with an external access token whose subject is listed under `releases.checks.reporters`; users need the tick permission of the component's items in the matched release (or, without one, to be able to read the component). */
    post: operations['ReportDeployment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deployments/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description What is deployed where: the latest succeeded deployment of the component per environment. */
    get: operations['GetCurrentDeployments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/releases/{id}/execution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The runbook: the release's components in the suggested order (dependencies first, cycles together), each with its deployments for this release and its status. */
    get: operations['GetReleaseExecution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Deployment frequency, change failure rate and time to restore of production deployments finished in [from, to) (default the last year), overall, per owning team and per component. */
    get: operations['GetDeploymentMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description As Backstage's error handler writes it. */
    Error: {
      error: {
        name: string;
        message: string;
      };
      request?: {
        method?: string;
        url?: string;
      };
      response?: {
        statusCode?: number;
      };
    };
    Id: string;
    /** @description Text that says something; blank text is refused and the title is stored trimmed. */
    Title: string;
    /** @description A full entity ref, `kind:namespace/name`. */
    EntityRef: string;
    HttpUrl: string;
    /**
     * Format: date-time
     * @description An offset from -14:00 to +14:00 and a year from 2000 to 2999.
     */
    Timestamp: string;
    /** @enum {string} */
    ReleaseStatus:
      | 'draft'
      | 'planned'
      | 'in_progress'
      | 'released'
      | 'rolled_back'
      | 'cancelled';
    /** @enum {string} */
    ChecklistCategory:
      | 'planning'
      | 'coordination'
      | 'communication'
      | 'validation'
      | 'execution'
      | 'follow_up';
    /** @enum {string} */
    ChecklistItemState: 'open' | 'done' | 'not_applicable';
    /** @enum {string} */
    RiskLevel: 'low' | 'medium' | 'high';
    Risk: {
      title: components['schemas']['Title'];
      likelihood: components['schemas']['RiskLevel'];
      impact: components['schemas']['RiskLevel'];
      mitigation?: string;
    };
    EnvironmentName: string;
    /** @enum {string} */
    DeploymentStatus: 'started' | 'succeeded' | 'failed' | 'rolled_back';
    DeploymentInput: {
      entityRef: components['schemas']['EntityRef'];
      version: string;
      environment: components['schemas']['EnvironmentName'];
      status: components['schemas']['DeploymentStatus'];
      url?: components['schemas']['HttpUrl'];
      commit?: string;
      startedAt?: components['schemas']['Timestamp'];
      finishedAt?: components['schemas']['Timestamp'];
      releaseId?: components['schemas']['Id'];
    };
    Deployment: {
      id: string;
      entityRef: string;
      version: string;
      environment: string;
      status: components['schemas']['DeploymentStatus'];
      url: string | null;
      commit: string | null;
      startedAt: string;
      finishedAt: string | null;
      reportedBy: string;
      releaseId: string | null;
    };
    DeploymentReport: {
      deployment: components['schemas']['Deployment'];
      created: boolean;
      changed: boolean;
    };
    CurrentDeployments: {
      entityRef: string;
      environments: {
        name: string;
        production: boolean;
        deployment: components['schemas']['Deployment'] | null;
      }[];
    };
    ExecutionStep: {
      entityRef: string;
      order: number;
      /** @enum {string} */
      status: 'pending' | 'deploying' | 'deployed' | 'failed' | 'rolled_back';
      version: string | null;
      environment: string | null;
      startedAt: string | null;
      finishedAt: string | null;
      reportedBy: string | null;
      url: string | null;
      deployedAhead: string[];
      cycleWith: string[];
      deployments: components['schemas']['Deployment'][];
    };
    ReleaseExecution: {
      releaseId: string;
      productionEnvironment: string;
      steps: components['schemas']['ExecutionStep'][];
      complete: boolean;
      releasedAt: string | null;
      failure: {
        entityRef: string;
        /** @enum {string} */
        status: 'failed' | 'rolled_back';
      } | null;
      degraded: boolean;
    };
    DeploymentFigures: {
      deployments: number;
      perWeek: number;
      changeFailureRate: number | null;
      meanTimeToRestoreHours: number | null;
    };
    DeploymentMetrics: {
      from: string;
      to: string;
      environment: string;
      overall: components['schemas']['DeploymentFigures'];
      byTeam: (components['schemas']['DeploymentFigures'] & {
        owner: string;
      })[];
      byComponent: (components['schemas']['DeploymentFigures'] & {
        entityRef: string;
      })[];
    };
    /** @description One factor of the risk score; contribution = weight × value. */
    RiskFactor: {
      /** @enum {string} */
      key:
        | 'open_required_items'
        | 'failed_checks'
        | 'declared_risks'
        | 'components'
        | 'dependency_warnings'
        | 'conflicts'
        | 'freeze_proximity'
        | 'change_failures';
      label: string;
      weight: number;
      value: number;
      contribution: number;
    };
    /** @description The risk score of a release (0–100, the rounded sum of the factors' contributions, at most 100) and its level from the thresholds in app-config. */
    ReleaseRisk: {
      score: number;
      level: components['schemas']['RiskLevel'];
      factors: components['schemas']['RiskFactor'][];
      computedAt: string;
    };
    ReleaseRiskLevelOnly: {
      score: number;
      level: components['schemas']['RiskLevel'];
    };
    CreateReleaseRequest: {
      title: components['schemas']['Title'];
      version: string;
      windowStart: components['schemas']['Timestamp'];
      /** @description After windowStart and at most 90 days after it (a release window, not a project). */
      windowEnd: components['schemas']['Timestamp'];
      owner: components['schemas']['EntityRef'];
      components: components['schemas']['EntityRef'][];
      description?: string;
      risks?: components['schemas']['Risk'][];
      stakeholders?: components['schemas']['EntityRef'][];
      templateId?: components['schemas']['Id'];
    };
    TransitionRequest: {
      to: components['schemas']['ReleaseStatus'];
      reason?: string;
      override?: boolean;
      revision?: number;
    };
    AddComponentsRequest: {
      components: components['schemas']['EntityRef'][];
      revision?: number;
    };
    /** @description A check key, like `ci.tests` or `tech-insights:docs-present`. */
    CheckKey: string;
    /** @enum {string} */
    CheckResultStatus: 'passed' | 'failed' | 'running';
    CheckResultInput: {
      entityRef: components['schemas']['EntityRef'];
      check: components['schemas']['CheckKey'];
      status: components['schemas']['CheckResultStatus'];
      /** Format: uri */
      url?: string;
      summary?: string;
      /** @description Only releases of this version are settled. */
      version?: string;
      commit?: string;
      releaseId?: components['schemas']['Id'];
    };
    ReportCheckResultsRequest:
      | components['schemas']['CheckResultInput']
      | {
          results: components['schemas']['CheckResultInput'][];
        };
    CheckResult: {
      entityRef: string;
      check: string;
      status: components['schemas']['CheckResultStatus'];
      url: string | null;
      summary: string | null;
      version: string | null;
      commit: string | null;
      releaseId: string | null;
      reportedAt: string;
      reportedBy: string;
    };
    FailedCheck: {
      itemId: string;
      entityRef: string;
      check: string;
      required: boolean;
      summary: string | null;
      url: string | null;
    };
    CheckReport: {
      settled: {
        releaseId: string;
        itemId: string;
        state: components['schemas']['ChecklistItemState'];
      }[];
      /** @description Results no item of a release not yet finished waits for; kept for items added later. */
      unmatched: {
        entityRef: string;
        check: string;
      }[];
    };
    AddChecklistItemRequest: {
      title: components['schemas']['Title'];
      category: components['schemas']['ChecklistCategory'];
      componentRef?: components['schemas']['EntityRef'] | null;
      required?: boolean;
      assignee?: components['schemas']['EntityRef'];
      check?: components['schemas']['CheckKey'];
    };
    UpdateChecklistItemRequest: {
      state?: components['schemas']['ChecklistItemState'];
      note?: string | null;
      evidenceUrl?: components['schemas']['HttpUrl'] | null;
      /** @description When given, the write only succeeds if the release still has this revision. */
      revision?: number;
    };
    DecisionRequest: {
      /** @enum {string} */
      decision: 'go' | 'no_go';
      rationale: string;
      attendees?: components['schemas']['EntityRef'][];
      /** @description Required for a go while required automated checks have failed (409 without it): why the release goes ahead regardless. Recorded on the decision. */
      overrideReason?: string;
    };
    OutcomeRequest: {
      result: components['schemas']['OutcomeResult'];
      releasedAt: components['schemas']['Timestamp'];
      incidents?: components['schemas']['Incident'][];
      lessonsLearned?: string;
      actionItems?: components['schemas']['ActionItem'][];
      revision?: number;
    };
    CreateFeedRequest: {
      owner?: components['schemas']['EntityRef'];
      entityRef?: components['schemas']['EntityRef'];
      includeFreezes?: boolean;
    };
    UpdateReleaseRequest: {
      revision: number;
      title?: components['schemas']['Title'];
      version?: string;
      windowStart?: components['schemas']['Timestamp'];
      /** @description After windowStart and at most 90 days after it (a release window, not a project). */
      windowEnd?: components['schemas']['Timestamp'];
      owner?: components['schemas']['EntityRef'];
      description?: string;
      risks?: components['schemas']['Risk'][];
      stakeholders?: components['schemas']['EntityRef'][];
    };
    ReadinessSummary: {
      ready: boolean;
      percent: number;
      total: number;
      settled: number;
      requiredOpen: number;
    };
    ComponentReadiness: {
      componentRef: string;
      ready: boolean;
      percent: number;
      total: number;
      settled: number;
      requiredOpen: number;
    };
    ReleaseReadiness: {
      ready: boolean;
      percent: number;
      total: number;
      settled: number;
      requiredOpen: number;
      components: components['schemas']['ComponentReadiness'][];
      release: components['schemas']['ReadinessSummary'];
    };
    ReleaseSummary: {
      id: string;
      title: string;
      version: string;
      status: components['schemas']['ReleaseStatus'];
      owner: string;
      windowStart: string;
      windowEnd: string;
      components: string[];
      templateId: string;
      revision: number;
      readiness: components['schemas']['ReadinessSummary'];
      /** @description The score kept since the release last changed; null until first computed. */
      risk: components['schemas']['ReleaseRisk'] | null;
      /** @description The plan's text (Markdown), only when the list was asked for it (include=description). */
      description?: string;
      createdAt: string;
      createdBy: string;
      updatedAt: string;
      updatedBy: string;
    };
    /** @description A release summary without its template and authorship, as the calendar carries it. */
    CalendarRelease: {
      id: string;
      title: string;
      version: string;
      status: components['schemas']['ReleaseStatus'];
      owner: string;
      windowStart: string;
      windowEnd: string;
      components: string[];
      revision: number;
      readiness: components['schemas']['ReadinessSummary'];
      /** @description The score and level kept since the release last changed; null until first computed. */
      risk: components['schemas']['ReleaseRiskLevelOnly'] | null;
      updatedAt: string;
    };
    Release: {
      id: string;
      title: string;
      version: string;
      status: components['schemas']['ReleaseStatus'];
      owner: string;
      windowStart: string;
      windowEnd: string;
      components: string[];
      templateId: string;
      revision: number;
      readiness: components['schemas']['ReleaseReadiness'];
      /** @description The score computed after the release last changed (and refreshed on a schedule, as time and other releases move); null until first computed. */
      risk: components['schemas']['ReleaseRisk'] | null;
      /** @description The open automated items whose latest result failed. A failed required check blocks a go decision unless it gives an override reason. */
      failedChecks: components['schemas']['FailedCheck'][];
      description: string;
      risks: components['schemas']['Risk'][];
      stakeholders: string[];
      /** @description What the caller may do with the release (only in GET /releases/{id}). */
      access?: {
        update: boolean;
        delete: boolean;
        updatableItemIds: string[];
      };
      decisions: components['schemas']['Decision'][];
      outcome: components['schemas']['Outcome'] | null;
      checklist: components['schemas']['ChecklistItem'][];
      createdAt: string;
      createdBy: string;
      updatedAt: string;
      updatedBy: string;
    };
    ChecklistItem: {
      id: string;
      releaseId: string;
      componentRef: string | null;
      title: string;
      category: components['schemas']['ChecklistCategory'];
      required: boolean;
      assignee: string | null;
      state: components['schemas']['ChecklistItemState'];
      note: string | null;
      evidenceUrl: string | null;
      doneBy: string | null;
      doneAt: string | null;
      source: string;
      /** @description The check whose results settle this item; null for items a person settles. */
      check: string | null;
      createdAt: string;
      updatedAt: string;
    };
    ActivityEntry: {
      id: string;
      releaseId: string;
      action: string;
      actor: string;
      at: string;
      summary: string;
      /** @description The changed fields before the change; null when there were none (a creation). */
      before: unknown;
      /** @description The changed fields after the change; null when there are none (a deletion). */
      after: unknown;
    };
    ChecklistTemplateItem: {
      title: string;
      category: components['schemas']['ChecklistCategory'];
      required: boolean;
      check?: string;
    };
    ChecklistTemplate: {
      id: string;
      title: string;
      description?: string;
      releaseItems: components['schemas']['ChecklistTemplateItem'][];
      componentItems: components['schemas']['ChecklistTemplateItem'][];
    };
    FreezeInput: {
      title: components['schemas']['Title'];
      reason: string;
      start: components['schemas']['Timestamp'];
      end: components['schemas']['Timestamp'];
      /** @description An RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=FR; each occurrence lasts end - start. */
      recurrence?: string | null;
      /** @description Systems, components or groups; empty or absent means the whole organisation. */
      entityRefs?: components['schemas']['EntityRef'][];
    };
    FreezeUpdate: {
      revision: number;
      title?: components['schemas']['Title'];
      reason?: string;
      start?: components['schemas']['Timestamp'];
      end?: components['schemas']['Timestamp'];
      recurrence?: string | null;
      entityRefs?: components['schemas']['EntityRef'][];
    };
    FreezeWindow: {
      id: string;
      title: string;
      reason: string;
      start: string;
      end: string;
      recurrence: string | null;
      entityRefs: string[];
      /** @enum {string} */
      source: 'api' | 'config';
      revision: number;
      createdBy: string | null;
    };
    FreezeOccurrence: {
      freezeId: string;
      title: string;
      reason: string;
      start: string;
      end: string;
      entityRefs: string[];
    };
    Conflict: {
      /** @enum {string} */
      kind:
        | 'same_component'
        | 'freeze'
        | 'dependency_overlap'
        | 'owner_overlap';
      message: string;
      releaseIds: string[];
      entityRefs: string[];
      freezeId?: string;
      overlap: {
        start: string;
        end: string;
      };
      /** @description In insights: the other releases named by releaseIds (not the release asked about), so that a client can name them in its own words. */
      releases?: components['schemas']['InsightRelease'][];
      freeze?: components['schemas']['ConflictFreeze'];
      /** @description In a draft's insights: a conflict the draft would have once planned. Drafts take part in no conflict until then. */
      prospective?: boolean;
    };
    /** @description Another release an insight speaks of. */
    InsightRelease: {
      id: string;
      title: string;
      version: string;
      status: components['schemas']['ReleaseStatus'];
      windowStart: string;
      windowEnd: string;
    };
    /** @description The freeze a freeze conflict falls in. */
    ConflictFreeze: {
      title: string;
      reason: string;
      /** @description What the freeze covers; empty for the whole organisation. */
      entityRefs: string[];
    };
    RelatedEntity: {
      entityRef: string;
      owner: string | null;
      via: string;
      inRelease: boolean;
    };
    ComponentInsight: {
      entityRef: string;
      owner: string | null;
      system: string | null;
      dependencies: components['schemas']['RelatedEntity'][];
      dependents: components['schemas']['RelatedEntity'][];
    };
    InsightWarning: {
      /** @enum {string} */
      kind: 'ordering_risk' | 'uninformed_dependents' | 'dependency_cycle';
      message: string;
      entityRefs: string[];
      releaseIds?: string[];
      /**
       * @description Of an ordering risk: the other release ends after this one starts, or is in progress and not ready.
       * @enum {string}
       */
      cause?: 'ends_after_start' | 'in_progress_not_ready';
      /** @description Of an ordering risk, the components outside the release that its components depend on. */
      dependencies?: string[];
      /** @description Of an ordering risk, the release's components that depend on them; of uninformed dependents, the team's components that depend on the release. */
      dependents?: string[];
      /** @description Of uninformed dependents, the team to tell. */
      team?: string;
      /** @description The other releases named by releaseIds. */
      releases?: components['schemas']['InsightRelease'][];
    };
    ReleaseInsights: {
      releaseId: string;
      /** @description The status the insights were made for: a finished release's speak of what happened, a draft's conflicts are prospective. */
      releaseStatus: components['schemas']['ReleaseStatus'];
      degraded: boolean;
      message?: string;
      components: components['schemas']['ComponentInsight'][];
      suggestedOrder: string[];
      cycles: string[][];
      warnings: components['schemas']['InsightWarning'][];
      conflicts: components['schemas']['Conflict'][];
    };
    /** @enum {string} */
    OutcomeResult: 'success' | 'partial' | 'failed' | 'rolled_back';
    Incident: {
      title: components['schemas']['Title'];
      url?: components['schemas']['HttpUrl'];
    };
    ActionItem: {
      title: components['schemas']['Title'];
      carryForward: boolean;
    };
    Decision: {
      id: string;
      releaseId: string;
      /** @enum {string} */
      decision: 'go' | 'no_go';
      rationale: string;
      attendees: string[];
      decidedBy: string;
      decidedAt: string;
      readiness: components['schemas']['ReadinessSummary'];
      /** @description Why a go was decided although required checks had failed; null when none had. */
      overrideReason: string | null;
    };
    Outcome: {
      result: components['schemas']['OutcomeResult'];
      releasedAt: string;
      incidents: components['schemas']['Incident'][];
      lessonsLearned: string;
      actionItems: components['schemas']['ActionItem'][];
      recordedBy: string;
      recordedAt: string;
    };
    MetricsSummary: {
      completed: number;
      onTimeRate: number | null;
      averageSlipHours: number | null;
      p90SlipHours: number | null;
      changeFailureRate: number | null;
      averageLeadTimeHours: number | null;
      averageReadinessLeadTimeHours: number | null;
    };
    MonthlyMetrics: {
      month: string;
      completed: number;
      onTimeRate: number | null;
      averageSlipHours: number | null;
      p90SlipHours: number | null;
      changeFailureRate: number | null;
      averageLeadTimeHours: number | null;
      averageReadinessLeadTimeHours: number | null;
    };
    TeamMetrics: {
      owner: string;
      completed: number;
      onTimeRate: number | null;
      averageSlipHours: number | null;
      p90SlipHours: number | null;
      changeFailureRate: number | null;
      averageLeadTimeHours: number | null;
      averageReadinessLeadTimeHours: number | null;
    };
    ReleaseMetrics: {
      from: string;
      to: string;
      overall: components['schemas']['MetricsSummary'];
      byMonth: components['schemas']['MonthlyMetrics'][];
      byTeam: components['schemas']['TeamMetrics'][];
    };
    Feed: {
      id: string;
      owner?: string;
      entityRef?: string;
      includeFreezes: boolean;
    };
    Calendar: {
      from: string;
      to: string;
      releases: components['schemas']['CalendarRelease'][];
      freezes: components['schemas']['FreezeOccurrence'][];
      conflicts: components['schemas']['Conflict'][];
      truncated: boolean;
    };
  };
  responses: {
    /** @description An error, as Backstage's error handler writes it. */
    ErrorResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    freezeId: string;
    releaseId: components['schemas']['Id'];
    /** @description Releases that include this component, or any component of this system. */
    entityRef: components['schemas']['EntityRef'];
    /** @description Releases owned by this user or group. */
    owner: components['schemas']['EntityRef'];
    /** @description Releases whose window ends at or after this time. */
    from: string;
    /** @description Releases whose window starts before this time. */
    to: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListReleases: {
    parameters: {
      query?: {
        /** @description Releases that include this component, or any component of this system. */
        entityRef?: components['parameters']['entityRef'];
        /** @description Releases owned by this user or group. */
        owner?: components['parameters']['owner'];
        /** @description One or more statuses, comma separated. */
        status?: string;
        /** @description Releases whose window ends at or after this time. */
        from?: components['parameters']['from'];
        /** @description Releases whose window starts before this time. */
        to?: components['parameters']['to'];
        /** @description Matches title or version. */
        q?: string;
        limit?: number;
        cursor?: string;
        /** @description Long fields that lists leave out, added to each release; only `description` for now. For indexers such as the search collator, which would otherwise read every release on its own. */
        include?: 'description';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of releases. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ReleaseSummary'][];
            nextCursor?: string;
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateRelease: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReleaseRequest'];
      };
    };
    responses: {
      /** @description The created release. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The release with its components, checklist and readiness. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UpdateRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateReleaseRequest'];
      };
    };
    responses: {
      /** @description The updated release. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  TransitionRelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionRequest'];
      };
    };
    responses: {
      /** @description The release in its new status. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  AddReleaseComponents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddComponentsRequest'];
      };
    };
    responses: {
      /** @description The release with the components and their checklist items added. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RemoveReleaseComponent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
        /** @description The component's entity ref, URL-encoded. */
        entityRef: components['schemas']['EntityRef'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The release without the component; its open items are removed, settled ones kept. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  AddChecklistItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddChecklistItemRequest'];
      };
    };
    responses: {
      /** @description The new item. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChecklistItem'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UpdateChecklistItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
        itemId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateChecklistItemRequest'];
      };
    };
    responses: {
      /** @description The updated item. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChecklistItem'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListCheckResults: {
    parameters: {
      query: {
        entityRef: components['schemas']['EntityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest result of each check reported for the entity. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CheckResult'][];
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ReportCheckResults: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportCheckResultsRequest'];
      };
    };
    responses: {
      /** @description The items the results are meant for, in their state now, and results no item waits for. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckReport'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RunReleaseChecks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the providers' results settled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckReport'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetReleaseActivity: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The release's activity, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ActivityEntry'][];
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Checklist templates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ChecklistTemplate'][];
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetReleaseInsights: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The insights. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseInsights'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListFreezes: {
    parameters: {
      query?: {
        /** @description Releases whose window ends at or after this time. */
        from?: components['parameters']['from'];
        /** @description Releases whose window starts before this time. */
        to?: components['parameters']['to'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Freeze windows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['FreezeWindow'][];
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateFreeze: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FreezeInput'];
      };
    };
    responses: {
      /** @description The created freeze window. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FreezeWindow'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetActiveFreezes: {
    parameters: {
      query: {
        entityRef: components['schemas']['EntityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verdict. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            entityRef: string;
            frozen: boolean;
            windows: components['schemas']['FreezeOccurrence'][];
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  DeleteFreeze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        freezeId: components['parameters']['freezeId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  UpdateFreeze: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        freezeId: components['parameters']['freezeId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FreezeUpdate'];
      };
    };
    responses: {
      /** @description The updated freeze window. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FreezeWindow'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RecordDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecisionRequest'];
      };
    };
    responses: {
      /** @description The decision. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Decision'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RecordOutcome: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['OutcomeRequest'];
      };
    };
    responses: {
      /** @description The release with its outcome. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Release'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetMetrics: {
    parameters: {
      query?: {
        /** @description Releases whose window ends at or after this time. */
        from?: components['parameters']['from'];
        /** @description Releases whose window starts before this time. */
        to?: components['parameters']['to'];
        /** @description Releases owned by this user or group. */
        owner?: components['parameters']['owner'];
        /** @description Releases that include this component, or any component of this system. */
        entityRef?: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The metrics. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseMetrics'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetCalendar: {
    parameters: {
      query: {
        from: string;
        to: string;
        /** @description Releases owned by this user or group. */
        owner?: components['parameters']['owner'];
        /** @description Releases that include this component, or any component of this system. */
        entityRef?: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The calendar. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Calendar'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListFeeds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Feeds. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Feed'][];
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  CreateFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFeedRequest'];
      };
    };
    responses: {
      /** @description The feed's id and secret URL. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            url: string;
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  RevokeFeed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        feedId: components['schemas']['Id'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetFeedCalendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The iCalendar feed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ListDeployments: {
    parameters: {
      query?: {
        entityRef?: components['schemas']['EntityRef'];
        environment?: components['schemas']['EnvironmentName'];
        releaseId?: components['schemas']['Id'];
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of deployments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['Deployment'][];
            nextCursor?: string;
          };
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  ReportDeployment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeploymentInput'];
      };
    };
    responses: {
      /** @description An existing deployment, changed by the report or (a repeat) not. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentReport'];
        };
      };
      /** @description A new deployment. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentReport'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetCurrentDeployments: {
    parameters: {
      query: {
        entityRef: components['schemas']['EntityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every configured environment, in configuration order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentDeployments'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetReleaseExecution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: components['parameters']['releaseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The runbook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleaseExecution'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
  GetDeploymentMetrics: {
    parameters: {
      query?: {
        /** @description Releases whose window ends at or after this time. */
        from?: components['parameters']['from'];
        /** @description Releases whose window starts before this time. */
        to?: components['parameters']['to'];
        /** @description Releases owned by this user or group. */
        owner?: components['parameters']['owner'];
        /** @description Releases that include this component, or any component of this system. */
        entityRef?: components['parameters']['entityRef'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeploymentMetrics'];
        };
      };
      default: components['responses']['ErrorResponse'];
    };
  };
}
