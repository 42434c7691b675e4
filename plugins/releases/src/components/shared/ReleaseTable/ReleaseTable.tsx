import { Link, Table, type TableColumn } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { ReleaseSummary } from '@releasekit/plugin-releases-common';
import { releaseRouteRef } from '../../../routes';
import { formatWindow } from '../../../formatting';
import { ReadinessBar } from '../ReadinessBar';
import { ReleaseStatusChip } from '../ReleaseStatusChip';
import { RiskLevelChip } from '../RiskLevelChip';

export interface ReleaseTableProps {
  title: string;
  releases: ReleaseSummary[];
  emptyContent?: React.ReactNode;
  /**
   * The viewer's open items per release id; adds a "Your open items" column when given.
   * A release without an entry shows a dash (not loaded or not known).
   */
  viewerOpenItems?: Map<string, number>;
}

/** Releases as a table: title and version (linking to the release page), status, window, owner, readiness, risk. */
export function ReleaseTable(props: ReleaseTableProps) {
  const { title, releases, emptyContent, viewerOpenItems } = props;
  const releaseLink = useRouteRef(releaseRouteRef);
  const columns: TableColumn<ReleaseSummary>[] = [
    {
      title: 'Release',
      field: 'title',
      highlight: true,
      render: row => (
        <Link to={releaseLink({ releaseId: row.id })}>
          {row.title} {row.version}
        </Link>
      ),
    },
    {
      title: 'Status',
      field: 'status',
      render: row => <ReleaseStatusChip status={row.status} />,
    },
    {
      title: 'Window',
      field: 'windowStart',
      render: row => formatWindow(row.windowStart, row.windowEnd),
    },
    {
      title: 'Owner',
      field: 'owner',
      render: row => (
        <EntityRefLink entityRef={row.owner} defaultKind="group" />
      ),
    },
    {
      title: 'Readiness',
      field: 'readiness.percent',
      render: row => <ReadinessBar readiness={row.readiness} />,
    },
    {
      title: 'Risk',
      field: 'risk.score',
      render: row => <RiskLevelChip risk={row.risk} />,
    },
  ];
  if (viewerOpenItems) {
    columns.push({
      title: 'Your open items',
      field: 'id',
      sorting: false,
      render: row => {
        const count = viewerOpenItems.get(row.id);
        return (
          <span
            aria-label={
              count === undefined
                ? 'Your open items: unknown'
                : `Your open items: ${count}`
            }
          >
            {count ?? '–'}
          </span>
        );
      },
    });
  }
  return (
    <Table<ReleaseSummary>
      title={title}
      // No sorting: core Table's sort labels nest interactive controls (axe: nested-interactive).
      options={{
        paging: false,
        search: false,
        sorting: false,
        padding: 'dense',
      }}
      columns={columns}
      data={releases}
      emptyContent={emptyContent}
    />
  );
}
