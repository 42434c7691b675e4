import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Switch from '@material-ui/core/Switch';
import {
  isClosedStatus,
  type ChecklistItem,
  type Release,
} from '@releasekit/plugin-releases-common';
import { useState } from 'react';
import { accessOf } from '../../../access';
import { useViewerRefs } from '../../../hooks/useViewerRefs';
import { isViewersItem } from '../../../ownership';
import type { ChecklistItemRowProps } from '../ChecklistItemRow';
import { ChecklistSection } from '../ChecklistSection';
import { RunChecksButton } from './RunChecksButton';

export interface ReleaseChecklistsProps
  extends Pick<
    ChecklistItemRowProps,
    'onToggleDone' | 'onNotApplicable' | 'onEvidence' | 'onReopen'
  > {
  release: Release;
  /** Items with a request in flight. */
  pendingItems: ReadonlySet<string>;
  /** Asks the check providers for the release's automated items again; absent when there are none. */
  onRunChecks?: () => Promise<void>;
}

/**
 * The release's checklists, the release-level one first and then one per component, with a switch
 * that shows only the viewer's items (assigned to them or to one of their groups).
 */
export function ReleaseChecklists(props: ReleaseChecklistsProps) {
  const { release, pendingItems, onRunChecks, ...handlers } = props;
  const viewerRefs = useViewerRefs();
  const [onlyMine, setOnlyMine] = useState(false);

  const shown = (componentRef: string | null) => {
    const items = release.checklist.filter(
      item => item.componentRef === componentRef,
    );
    return onlyMine && viewerRefs
      ? items.filter(item => isViewersItem(item, viewerRefs))
      : items;
  };
  const mineOpen = viewerRefs
    ? release.checklist.filter(
        (item: ChecklistItem) =>
          item.state === 'open' && isViewersItem(item, viewerRefs),
      ).length
    : 0;
  const rowProps = {
    readOnly: isClosedStatus(release.status),
    updatableItemIds: new Set(accessOf(release).updatableItemIds),
    pendingItems,
    emptyText: onlyMine
      ? 'None of these items is yours.'
      : 'No checklist items.',
    ...handlers,
  };

  return (
    <>
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
        {onRunChecks &&
          !isClosedStatus(release.status) &&
          release.checklist.some(item => item.check) && (
            <RunChecksButton onRun={onRunChecks} />
          )}
      </Grid>
      <Grid item>
        <ChecklistSection
          componentRef={null}
          readiness={release.readiness.release}
          items={shown(null)}
          {...rowProps}
        />
      </Grid>
      {release.readiness.components.map(component => (
        <Grid item key={component.componentRef}>
          <ChecklistSection
            componentRef={component.componentRef}
            readiness={component}
            items={shown(component.componentRef)}
            {...rowProps}
          />
        </Grid>
      ))}
    </>
  );
}
