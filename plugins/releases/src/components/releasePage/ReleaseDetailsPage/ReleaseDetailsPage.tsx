import {
  Content,
  Header,
  HeaderLabel,
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
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import {
  isClosedStatus,
  STATUS_LABELS,
  type ChecklistItem,
} from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { serverErrorOf } from '../../../api';
import { formatWindow } from '../../../formatting';
import { useViewerRefs } from '../../../hooks/useViewerRefs';
import { isViewersItem } from '../../../ownership';
import { releaseRouteRef, rootRouteRef } from '../../../routes';
import { ActivityTimeline } from '../ActivityTimeline';
import { accessOf } from '../../../access';
import { ChecklistSection } from '../ChecklistSection';
import { DecisionsSection } from '../DecisionsSection';
import { EvidenceLinkDialog } from '../EvidenceLinkDialog';
import { InsightsPanel } from '../InsightsPanel';
import { NotApplicableDialog } from '../NotApplicableDialog';
import { OutcomeSection } from '../OutcomeSection';
import { ReadinessBar } from '../../shared/ReadinessBar';
import { ReleaseActions } from '../ReleaseActions';
import { RisksTable } from '../RisksTable';
import { useReleaseState } from './useReleaseState';

/** One release: its plan, its readiness, its checklist per component and its activity. */
export function ReleaseDetailsPage() {
  const { releaseId } = useRouteRefParams(releaseRouteRef);
  const state = useReleaseState(releaseId);
  const { release, pendingItems } = state;
  const alertApi = useApi(alertApiRef);
  const navigate = useNavigate();
  const rootLink = useRouteRef(rootRouteRef);
  const viewerRefs = useViewerRefs();
  const [onlyMine, setOnlyMine] = useState(false);
  const [notApplicableItem, setNotApplicableItem] = useState<ChecklistItem>();
  const [evidenceItem, setEvidenceItem] = useState<ChecklistItem>();

  if (state.loading) return <Progress />;
  if (state.error || !release) {
    return (
      <Page themeId="tool">
        <Header title="Release" type="Release" />
        <Content>
          <ResponseErrorPanel
            error={state.error ?? new Error('The release was not found')}
          />
        </Content>
      </Page>
    );
  }

  const readOnly = isClosedStatus(release.status);
  const shown = (items: ChecklistItem[]) =>
    onlyMine && viewerRefs
      ? items.filter(item => isViewersItem(item, viewerRefs))
      : items;
  const emptyText = onlyMine
    ? 'None of these items is yours.'
    : 'No checklist items.';
  const mineOpen = viewerRefs
    ? release.checklist.filter(
        item => item.state === 'open' && isViewersItem(item, viewerRefs),
      ).length
    : 0;
  const rowActions = {
    readOnly,
    updatableItemIds: new Set(accessOf(release).updatableItemIds),
    pendingItems,
    emptyText,
    onToggleDone: state.toggleDone,
    onNotApplicable: setNotApplicableItem,
    onEvidence: setEvidenceItem,
    onReopen: (item: ChecklistItem) =>
      state.saveItem(item, { state: 'open' }).catch(error =>
        alertApi.post({
          message: `Could not reopen "${item.title}": ${
            serverErrorOf(error).message
          }`,
          severity: 'error',
        }),
      ),
  };

  return (
    <Page themeId="tool">
      <Header
        title={`${release.title} ${release.version}`}
        type="Release"
        typeLink={rootLink()}
      >
        <HeaderLabel label="Status" value={STATUS_LABELS[release.status]} />
        <HeaderLabel
          label="Window"
          value={formatWindow(release.windowStart, release.windowEnd)}
        />
        <HeaderLabel
          label="Owner"
          value={
            <EntityRefLink entityRef={release.owner} defaultKind="group" />
          }
        />
        <HeaderLabel
          label="Stakeholders"
          value={
            release.stakeholders.length ? (
              <EntityRefLinks
                entityRefs={release.stakeholders}
                defaultKind="group"
              />
            ) : (
              'None'
            )
          }
        />
      </Header>
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <ReleaseActions
              release={release}
              onChange={state.replace}
              onDeleted={() => navigate(rootLink())}
            />
          </Grid>
          <Grid item xs={12} md={8}>
            <Grid container spacing={3} direction="column" wrap="nowrap">
              <Grid item>
                <InfoCard title="Goals and scope">
                  {release.description.trim() ? (
                    <MarkdownContent content={release.description} />
                  ) : (
                    <Typography variant="body2" color="textSecondary">
                      No goals or scope written down yet.
                    </Typography>
                  )}
                </InfoCard>
              </Grid>
              <Grid item>
                <DecisionsSection release={release} onChange={state.replace} />
              </Grid>
              <Grid item>
                <OutcomeSection release={release} onChange={state.replace} />
              </Grid>
              <Grid item>
                <FormControlLabel
                  control={
                    <Switch
                      checked={onlyMine}
                      onChange={event => setOnlyMine(event.target.checked)}
                      color="primary"
                    />
                  }
                  label={`My items (${mineOpen} open)`}
                />
              </Grid>
              <Grid item>
                <ChecklistSection
                  componentRef={null}
                  readiness={release.readiness.release}
                  items={shown(
                    release.checklist.filter(i => i.componentRef === null),
                  )}
                  {...rowActions}
                />
              </Grid>
              {release.readiness.components.map(component => (
                <Grid item key={component.componentRef}>
                  <ChecklistSection
                    componentRef={component.componentRef}
                    readiness={component}
                    items={shown(
                      release.checklist.filter(
                        i => i.componentRef === component.componentRef,
                      ),
                    )}
                    {...rowActions}
                  />
                </Grid>
              ))}
            </Grid>
          </Grid>
          <Grid item xs={12} md={4}>
            <Grid container spacing={3} direction="column" wrap="nowrap">
              <Grid item>
                <InfoCard title="Readiness">
                  <ReadinessBar
                    readiness={release.readiness}
                    label="Readiness of the release"
                  />
                  <Typography variant="body2" color="textSecondary">
                    {release.readiness.ready
                      ? 'Ready: every required item is settled.'
                      : `Not ready: ${
                          release.readiness.requiredOpen
                        } required item${
                          release.readiness.requiredOpen === 1 ? '' : 's'
                        } open.`}
                  </Typography>
                </InfoCard>
              </Grid>
              <Grid item>
                <InfoCard title="Insights">
                  <InsightsPanel
                    releaseId={release.id}
                    refreshKey={[
                      release.status,
                      release.windowStart,
                      release.windowEnd,
                      ...release.components,
                    ].join(' ')}
                  />
                </InfoCard>
              </Grid>
              <Grid item>
                <InfoCard title="Risks">
                  <RisksTable risks={release.risks} />
                </InfoCard>
              </Grid>
              <Grid item>
                <InfoCard title="Activity">
                  <ActivityTimeline
                    releaseId={release.id}
                    refreshKey={state.version}
                  />
                </InfoCard>
              </Grid>
            </Grid>
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
