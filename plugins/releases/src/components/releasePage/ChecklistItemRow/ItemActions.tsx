import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import Tooltip from '@material-ui/core/Tooltip';
import BlockIcon from '@material-ui/icons/Block';
import LinkIcon from '@material-ui/icons/Link';
import ReplayIcon from '@material-ui/icons/Replay';
import type { ChecklistItem } from '@releasekit/plugin-releases-common';

/** An item's actions: not applicable (or reopen), and its evidence link. */
export interface ItemActionsProps {
  item: ChecklistItem;
  disabled: boolean;
  onNotApplicable: (item: ChecklistItem) => void;
  onEvidence: (item: ChecklistItem) => void;
  onReopen: (item: ChecklistItem) => void;
}

export function ItemActions(props: ItemActionsProps) {
  const { item, disabled, onNotApplicable, onEvidence, onReopen } = props;
  const notApplicable = item.state === 'not_applicable';
  return (
    <Box display="flex" alignItems="center">
      {notApplicable ? (
        <Tooltip title="Reopen">
          <span>
            <IconButton
              size="small"
              aria-label={`Reopen: ${item.title}`}
              disabled={disabled}
              onClick={() => onReopen(item)}
            >
              <ReplayIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      ) : (
        <Tooltip title="Not applicable">
          <span>
            <IconButton
              size="small"
              aria-label={`Not applicable: ${item.title}`}
              disabled={disabled}
              onClick={() => onNotApplicable(item)}
            >
              <BlockIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      )}
      <Tooltip title="Evidence link">
        <span>
          <IconButton
            size="small"
            aria-label={`Evidence link: ${item.title}`}
            disabled={disabled}
            onClick={() => onEvidence(item)}
          >
            <LinkIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
}
