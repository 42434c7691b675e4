import {
  Content,
  Header,
  InfoCard,
  MarkdownContent,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  alertApiRef,
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type {
  ChecklistItem,
  Release,
} from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { releasesApiRef, serverErrorOf } from '../../../api';
import { releaseRouteRef, rootRouteRef } from '../../../routes';
import { DecisionsSection } from '../DecisionsSection';
import { EvidenceLinkDialog } from '../EvidenceLinkDialog';
import { ExecutionBanner } from '../ExecutionBanner';
import { NotApplicableDialog } from '../NotApplicableDialog';
import { OutcomeSection } from '../OutcomeSection';
import { ReleaseActions } from '../ReleaseActions';
import { ReleaseChecklists } from '../ReleaseChecklists';
import { ReleaseHeader } from '../ReleaseHeader';
import { ReleaseSidebar } from '../ReleaseSidebar';
import { Runbook, useReleaseExecution } from '../Runbook';
import { useReleaseState } from './useReleaseState';

function ReleaseNotShown(props: { error?: Error }) {
  return (
    <Page themeId="tool">
      <Header title="Release" type="Release" />
      <Content>
        <ResponseErrorPanel
          error={props.error ?? new Error('The release was not found')}
        />
      </Content>
    </Page>
  );
}

function GoalsCard(props: { release: Release }) {
  const { description } = props.release;
  return (
    <InfoCard title="Goals and scope">
      {description.trim() ? (
        <MarkdownContent content={description} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          No goals or scope written down yet.
        </Typography>
      )}
    </InfoCard>
  );
}

/**
 * One release: its plan, what the deployments say, its runbook, its readiness, its checklist per
 * component and its activity. Whatever loads more about the release reloads when `state.version`
 * moves, which it does when the release changed here or, through a signal, elsewhere.
 */
export function ReleaseDetailsPage() {
  const { releaseId } = useRouteRefParams(releaseRouteRef);
  const state = useReleaseState(releaseId);
  const { release } = state;
  const run = useReleaseExecution(release, state.version);
  const alertApi = useApi(alertApiRef);
  const releasesApi = useApi(releasesApiRef);
  const navigate = useNavigate();
  const rootLink = useRouteRef(rootRouteRef);
  const [notApplicableItem, setNotApplicableItem] = useState<ChecklistItem>();
  const [evidenceItem, setEvidenceItem] = useState<ChecklistItem>();

  if (state.loading) return <Progress />;
  if (state.error || !release) return <ReleaseNotShown error={state.error} />;

  const reopen = (item: ChecklistItem) =>
    state.saveItem(item, { state: 'open' }).catch(error =>
      alertApi.post({
        message: `Could not reopen "${item.title}": ${
          serverErrorOf(error).message
        }`,
        severity: 'error',
      }),
    );

  return (
    <Page themeId="tool">
      <ReleaseHeader release={release} />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <ReleaseActions
              release={release}
              onChange={state.replace}
              onDeleted={() => navigate(rootLink())}
            />
          </Grid>
          {run.execution && (
            <Grid item xs={12}>
              <ExecutionBanner
                release={release}
                execution={run.execution}
                onChange={state.replace}
              />
            </Grid>
          )}
          <Grid item xs={12} md={8}>
            <Grid container spacing={3} direction="column" wrap="nowrap">
              <Grid item>
                <GoalsCard release={release} />
              </Grid>
              <Grid item>
                <DecisionsSection release={release} onChange={state.replace} />
              </Grid>
              <Grid item>
                <OutcomeSection
                  release={release}
                  onChange={state.replace}
                  offeredReleasedAt={run.execution?.releasedAt}
                />
              </Grid>
              <ReleaseChecklists
                release={release}
                pendingItems={state.pendingItems}
                onToggleDone={state.toggleDone}
                onNotApplicable={setNotApplicableItem}
                onEvidence={setEvidenceItem}
                onReopen={reopen}
                onRunChecks={async () => {
                  await releasesApi.runReleaseChecks(release.id);
                  state.replace(await releasesApi.getRelease(release.id));
                }}
              />
              {run.shown && (
                <Grid item>
                  <Runbook
                    releaseId={release.id}
                    execution={run.execution}
                    error={run.error}
                    refreshKey={state.version}
                  />
                </Grid>
              )}
            </Grid>
          </Grid>
          <Grid item xs={12} md={4}>
            <ReleaseSidebar release={release} activityKey={state.version} />
          </Grid>
        </Grid>
      </Content>

      <NotApplicableDialog
        item={notApplicableItem}
        onClose={() => setNotApplicableItem(undefined)}
        onSubmit={async note => {
          await state.saveItem(notApplicableItem!, {
            state: 'not_applicable',
            note,
          });
          setNotApplicableItem(undefined);
        }}
      />
      <EvidenceLinkDialog
        item={evidenceItem}
        onClose={() => setEvidenceItem(undefined)}
        onSubmit={async evidenceUrl => {
          await state.saveItem(evidenceItem!, { evidenceUrl });
          setEvidenceItem(undefined);
        }}
      />
    </Page>
  );
}
