import { parseEntityRef } from '@backstage/catalog-model';
import {
  EntityRefLink,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import Chip from '@material-ui/core/Chip';
import Link from '@material-ui/core/Link';
import ListItem from '@material-ui/core/ListItem';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import SyncIcon from '@material-ui/icons/Sync';
import type { ChecklistItem } from '@releasekit/plugin-releases-common';
import { cannotTickReason } from '../../../access';
import { DisabledReason } from '../../shared/DisabledReason';
import { ReportedBy } from '../../shared/ReportedBy';
import { isHttpUrl } from '../EvidenceLinkDialog';
import { ItemActions } from './ItemActions';

const CATEGORY_LABELS: Record<ChecklistItem['category'], string> = {
  planning: 'Planning',
  coordination: 'Coordination',
  communication: 'Communication',
  validation: 'Validation',
  execution: 'Execution',
  follow_up: 'Follow-up',
};

/**
 * The checkbox's name: the item's title, and for a component's item the component, since two
 * components' checklists often have items of the same title ("Done: Tests pass (cart-service)").
 */
function doneLabelOf(item: ChecklistItem): string {
  if (!item.componentRef) return `Done: ${item.title}`;
  let component = item.componentRef;
  try {
    component = humanizeEntityRef(parseEntityRef(item.componentRef), {
      defaultKind: 'component',
    });
  } catch {
    // Not a ref the catalog model reads: said as it is.
  }
  return `Done: ${item.title} (${component})`;
}

export interface ChecklistItemRowProps {
  item: ChecklistItem;
  /** A request for this item is in flight: it takes no other change until it settles. */
  pending: boolean;
  /** The release is closed: nothing can change. */
  readOnly: boolean;
  /** Ids of the items the viewer may update; others are shown disabled, saying why. */
  updatableItemIds: ReadonlySet<string>;
  onToggleDone: (item: ChecklistItem) => void;
  onNotApplicable: (item: ChecklistItem) => void;
  onEvidence: (item: ChecklistItem) => void;
  onReopen: (item: ChecklistItem) => void;
}

/** One checklist item: a checkbox to tick it done, who it is for, its note and evidence, and its actions. */
export function ChecklistItemRow(props: ChecklistItemRowProps) {
  const {
    item,
    pending,
    readOnly,
    updatableItemIds,
    onToggleDone,
    onNotApplicable,
    onEvidence,
    onReopen,
  } = props;
  const notApplicable = item.state === 'not_applicable';
  const forbidden = !updatableItemIds.has(item.id);
  const disabled = pending || readOnly || forbidden;
  const why =
    forbidden && !readOnly ? cannotTickReason(item.componentRef) : undefined;
  return (
    <ListItem divider aria-busy={pending}>
      <Box display="flex" alignItems="flex-start" width="100%" flexWrap="wrap">
        <DisabledReason reason={why}>
          <Checkbox
            edge="start"
            checked={item.state === 'done'}
            indeterminate={notApplicable}
            disabled={disabled || notApplicable}
            onChange={() => onToggleDone(item)}
            inputProps={{ 'aria-label': doneLabelOf(item) }}
          />
        </DisabledReason>
        <Box flex="1 1 240px" minWidth={0} pt={1}>
          <Typography variant="body1" component="span">
            {item.title}
          </Typography>{' '}
          {item.required && (
            <Chip size="small" label="Required" variant="outlined" />
          )}{' '}
          <Chip size="small" label={CATEGORY_LABELS[item.category]} />
          {item.check && (
            <>
              {' '}
              <Tooltip title="Settled by the results of this check reported for the component. You can still mark it not applicable, or tick it with a note to override a failure.">
                <Chip
                  size="small"
                  variant="outlined"
                  icon={<SyncIcon />}
                  label={`Check: ${item.check}`}
                />
              </Tooltip>
            </>
          )}
          {notApplicable && (
            <>
              {' '}
              <Chip size="small" label="Not applicable" color="secondary" />
            </>
          )}
          <Typography variant="body2" color="textSecondary" component="div">
            {item.assignee ? (
              <>
                For <EntityRefLink entityRef={item.assignee} />
              </>
            ) : (
              'Unassigned'
            )}
            {item.check && item.state === 'done' && item.doneBy && (
              <>
                {' · passed, reported by '}
                <ReportedBy by={item.doneBy} />
              </>
            )}
            {item.note && <> · {item.note}</>}
            {item.evidenceUrl && isHttpUrl(item.evidenceUrl) && (
              <>
                {' · '}
                {/* Underlined: inside a line of text a link must not differ by colour alone. */}
                <Link
                  href={item.evidenceUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  underline="always"
                >
                  Evidence
                </Link>
              </>
            )}
          </Typography>
        </Box>
        {!readOnly && !forbidden && (
          <ItemActions
            item={item}
            disabled={disabled}
            onNotApplicable={onNotApplicable}
            onEvidence={onEvidence}
            onReopen={onReopen}
          />
        )}
      </Box>
    </ListItem>
  );
}
