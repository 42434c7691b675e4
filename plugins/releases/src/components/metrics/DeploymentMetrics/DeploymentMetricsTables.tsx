import { Table, type TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { DeploymentFigures } from '@releasekit/plugin-releases-common';
import { formatHours, formatPerWeek, formatRate } from '../metricsFormat';

type TeamRow = DeploymentFigures & { owner: string };
type ComponentRow = DeploymentFigures & { entityRef: string };

/** The figures every row carries, whatever it groups by. */
function figureColumns<T extends DeploymentFigures>(): TableColumn<T>[] {
  return [
    { title: 'Deployments', field: 'deployments', type: 'numeric' },
    {
      title: 'Frequency',
      field: 'perWeek',
      render: row => formatPerWeek(row.perWeek),
    },
    {
      title: 'Change failure rate',
      field: 'changeFailureRate',
      render: row => formatRate(row.changeFailureRate),
    },
    {
      title: 'Mean time to restore',
      field: 'meanTimeToRestoreHours',
      render: row => formatHours(row.meanTimeToRestoreHours),
    },
  ];
}

// No sorting: core Table's sort labels nest interactive controls (axe: nested-interactive).
const tableOptions = {
  paging: false,
  search: false,
  sorting: false,
  padding: 'dense' as const,
  toolbar: true,
};

/** Production deployment figures per owning team. */
export function TeamDeploymentsTable(props: { teams: TeamRow[] }) {
  const columns: TableColumn<TeamRow>[] = [
    {
      title: 'Team',
      field: 'owner',
      highlight: true,
      render: row => (
        <EntityRefLink entityRef={row.owner} defaultKind="group" />
      ),
    },
    ...figureColumns<TeamRow>(),
  ];
  return (
    <Table<TeamRow>
      title="Deployments per team"
      options={tableOptions}
      columns={columns}
      // Table adds bookkeeping to its rows; it gets copies, not the API's objects.
      data={props.teams.map(t => ({ ...t }))}
    />
  );
}

/** Production deployment figures per component. */
export function ComponentDeploymentsTable(props: {
  components: ComponentRow[];
}) {
  const columns: TableColumn<ComponentRow>[] = [
    {
      title: 'Component',
      field: 'entityRef',
      highlight: true,
      render: row => (
        <EntityRefLink entityRef={row.entityRef} defaultKind="component" />
      ),
    },
    ...figureColumns<ComponentRow>(),
  ];
  return (
    <Table<ComponentRow>
      title="Deployments per component"
      options={tableOptions}
      columns={columns}
      data={props.components.map(c => ({ ...c }))}
    />
  );
}
