import { InfoCard } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import Typography from '@material-ui/core/Typography';
import type {
  ChecklistItem,
  ReadinessSummary,
} from '@releasekit/plugin-releases-common';
import {
  ChecklistItemRow,
  type ChecklistItemRowProps,
} from '../ChecklistItemRow';
import { ReadinessBar } from '../../shared/ReadinessBar';

export interface ChecklistSectionProps
  extends Omit<ChecklistItemRowProps, 'item' | 'pending'> {
  /** The component the items belong to; null for release-level items. */
  componentRef: string | null;
  readiness: ReadinessSummary;
  items: ChecklistItem[];
  pendingItems: ReadonlySet<string>;
  /** Shown instead of the list when no item is shown, e.g. under the "My items" filter. */
  emptyText: string;
}

/** The checklist of one component (or of the release itself), with its readiness. */
export function ChecklistSection(props: ChecklistSectionProps) {
  const { componentRef, readiness, items, pendingItems, emptyText, ...row } =
    props;
  const title = componentRef ? (
    <EntityRefLink entityRef={componentRef} defaultKind="component" />
  ) : (
    'Release-level items'
  );
  return (
    <InfoCard
      title={title}
      subheaderTypographyProps={{ component: 'div' }}
      subheader={
        <ReadinessBar
          readiness={readiness}
          label={`Readiness of ${componentRef ?? 'the release-level items'}`}
        />
      }
    >
      {items.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {emptyText}
        </Typography>
      ) : (
        <List
          dense
          disablePadding
          aria-label={`Checklist of ${componentRef ?? 'the release'}`}
        >
          {items.map(item => (
            <ChecklistItemRow
              key={item.id}
              item={item}
              pending={pendingItems.has(item.id)}
              {...row}
            />
          ))}
        </List>
      )}
    </InfoCard>
  );
}
