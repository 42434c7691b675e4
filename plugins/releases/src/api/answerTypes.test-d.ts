/*
 * Compile-time checks, run by `yarn tsc` (jest does not pick this file up): the answers the spec
 * describes and the domain types of @releasekit/plugin-releases-common, which the components use,
 * are the same types. A field added, dropped, renamed, retyped or made optional on one side only
 * makes the `true` below fail to compile, naming the type that drifted.
 */
import type * as Domain from '@releasekit/plugin-releases-common';
import type { components } from './generated/openapi';
import type { AnswerOf } from './operationTypes';

type Schemas = components['schemas'];

/** True when each is assignable to the other and both have the same properties. */
type Agree<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/** Every entry must be `true`; `satisfies` names the one that is not. */
export const answerTypesAgree = {
  ReleaseStatus: true,
  ChecklistCategory: true,
  ChecklistItemState: true,
  RiskLevel: true,
  Risk: true,
  ReadinessSummary: true,
  ComponentReadiness: true,
  ReleaseReadiness: true,
  ReleaseSummary: true,
  CalendarRelease: true,
  Release: true,
  ReleaseAccess: true,
  ChecklistItem: true,
  ChecklistTemplateItem: true,
  ChecklistTemplate: true,
  FreezeWindow: true,
  FreezeOccurrence: true,
  Conflict: true,
  InsightRelease: true,
  ConflictFreeze: true,
  RelatedEntity: true,
  ComponentInsight: true,
  InsightWarning: true,
  ReleaseInsights: true,
  OutcomeResult: true,
  Incident: true,
  ActionItem: true,
  Decision: true,
  Outcome: true,
  MetricsSummary: true,
  MonthlyMetrics: true,
  TeamMetrics: true,
  ReleaseMetrics: true,
  Calendar: true,
  ReleasePage: true,
  ActivityEntry: true,
  RiskFactor: true,
  ReleaseRisk: true,
  ReleaseRiskLevelOnly: true,
  CheckResult: true,
  Deployment: true,
  DeploymentReport: true,
  CurrentDeployments: true,
  ExecutionStep: true,
  ReleaseExecution: true,
  DeploymentFigures: true,
  DeploymentMetrics: true,
  DeploymentPage: true,
} satisfies {
  ReleaseStatus: Agree<Domain.ReleaseStatus, Schemas['ReleaseStatus']>;
  ChecklistCategory: Agree<
    Domain.ChecklistCategory,
    Schemas['ChecklistCategory']
  >;
  ChecklistItemState: Agree<
    Domain.ChecklistItemState,
    Schemas['ChecklistItemState']
  >;
  RiskLevel: Agree<Domain.RiskLevel, Schemas['RiskLevel']>;
  Risk: Agree<Domain.Risk, Schemas['Risk']>;
  ReadinessSummary: Agree<Domain.ReadinessSummary, Schemas['ReadinessSummary']>;
  ComponentReadiness: Agree<
    Domain.ComponentReadiness,
    Schemas['ComponentReadiness']
  >;
  ReleaseReadiness: Agree<Domain.ReleaseReadiness, Schemas['ReleaseReadiness']>;
  ReleaseSummary: Agree<Domain.ReleaseSummary, Schemas['ReleaseSummary']>;
  CalendarRelease: Agree<Domain.CalendarRelease, Schemas['CalendarRelease']>;
  Release: Agree<Domain.Release, Schemas['Release']>;
  ReleaseAccess: Agree<
    Domain.ReleaseAccess,
    NonNullable<Schemas['Release']['access']>
  >;
  ChecklistItem: Agree<Domain.ChecklistItem, Schemas['ChecklistItem']>;
  ChecklistTemplateItem: Agree<
    Domain.ChecklistTemplateItem,
    Schemas['ChecklistTemplateItem']
  >;
  ChecklistTemplate: Agree<
    Domain.ChecklistTemplate,
    Schemas['ChecklistTemplate']
  >;
  FreezeWindow: Agree<Domain.FreezeWindow, Schemas['FreezeWindow']>;
  FreezeOccurrence: Agree<Domain.FreezeOccurrence, Schemas['FreezeOccurrence']>;
  Conflict: Agree<Domain.Conflict, Schemas['Conflict']>;
  InsightRelease: Agree<Domain.InsightRelease, Schemas['InsightRelease']>;
  ConflictFreeze: Agree<Domain.ConflictFreeze, Schemas['ConflictFreeze']>;
  RelatedEntity: Agree<Domain.RelatedEntity, Schemas['RelatedEntity']>;
  ComponentInsight: Agree<Domain.ComponentInsight, Schemas['ComponentInsight']>;
  InsightWarning: Agree<Domain.InsightWarning, Schemas['InsightWarning']>;
  ReleaseInsights: Agree<Domain.ReleaseInsights, Schemas['ReleaseInsights']>;
  OutcomeResult: Agree<Domain.OutcomeResult, Schemas['OutcomeResult']>;
  Incident: Agree<Domain.Incident, Schemas['Incident']>;
  ActionItem: Agree<Domain.ActionItem, Schemas['ActionItem']>;
  Decision: Agree<Domain.Decision, Schemas['Decision']>;
  Outcome: Agree<Domain.Outcome, Schemas['Outcome']>;
  MetricsSummary: Agree<Domain.MetricsSummary, Schemas['MetricsSummary']>;
  MonthlyMetrics: Agree<Domain.MonthlyMetrics, Schemas['MonthlyMetrics']>;
  TeamMetrics: Agree<Domain.TeamMetrics, Schemas['TeamMetrics']>;
  ReleaseMetrics: Agree<Domain.ReleaseMetrics, Schemas['ReleaseMetrics']>;
  Calendar: Agree<Domain.Calendar, Schemas['Calendar']>;
  ReleasePage: Agree<
    Domain.Page<Domain.ReleaseSummary>,
    AnswerOf<'ListReleases'>
  >;
  ActivityEntry: Agree<Domain.ActivityEntry, Schemas['ActivityEntry']>;
  RiskFactor: Agree<Domain.RiskFactor, Schemas['RiskFactor']>;
  ReleaseRisk: Agree<Domain.ReleaseRisk, Schemas['ReleaseRisk']>;
  ReleaseRiskLevelOnly: Agree<
    Domain.ReleaseRiskLevelOnly,
    Schemas['ReleaseRiskLevelOnly']
  >;
  CheckResult: Agree<Domain.CheckResult, Schemas['CheckResult']>;
  Deployment: Agree<Domain.Deployment, Schemas['Deployment']>;
  DeploymentReport: Agree<Domain.DeploymentReport, Schemas['DeploymentReport']>;
  CurrentDeployments: Agree<
    Domain.CurrentDeployments,
    Schemas['CurrentDeployments']
  >;
  ExecutionStep: Agree<Domain.ExecutionStep, Schemas['ExecutionStep']>;
  ReleaseExecution: Agree<Domain.ReleaseExecution, Schemas['ReleaseExecution']>;
  DeploymentFigures: Agree<
    Domain.DeploymentFigures,
    Schemas['DeploymentFigures']
  >;
  DeploymentMetrics: Agree<
    Domain.DeploymentMetrics,
    Schemas['DeploymentMetrics']
  >;
  DeploymentPage: Agree<
    Domain.Page<Domain.Deployment>,
    AnswerOf<'ListDeployments'>
  >;
};
