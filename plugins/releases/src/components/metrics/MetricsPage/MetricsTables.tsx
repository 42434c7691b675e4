import { Table, type TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type {
  MetricsSummary,
  MonthlyMetrics,
  TeamMetrics,
} from '@releasekit/plugin-releases-common';
import { formatHours, formatMonth, formatRate } from '../metricsFormat';

/** The numbers every row carries, whatever it groups by. */
function summaryColumns<T extends MetricsSummary>(): TableColumn<T>[] {
  return [
    { title: 'Completed', field: 'completed', type: 'numeric' },
    {
      title: 'On time',
      field: 'onTimeRate',
      render: row => formatRate(row.onTimeRate),
    },
    {
      title: 'Average slip',
      field: 'averageSlipHours',
      render: row => formatHours(row.averageSlipHours),
    },
    {
      title: 'P90 slip',
      field: 'p90SlipHours',
      render: row => formatHours(row.p90SlipHours),
    },
    {
      title: 'Change failure rate',
      field: 'changeFailureRate',
      render: row => formatRate(row.changeFailureRate),
    },
    {
      title: 'Lead time',
      field: 'averageLeadTimeHours',
      render: row => formatHours(row.averageLeadTimeHours),
    },
    {
      title: 'Readiness lead time',
      field: 'averageReadinessLeadTimeHours',
      render: row => formatHours(row.averageReadinessLeadTimeHours),
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

/** The trend per month as numbers: the accessible twin of the monthly chart. */
export function MonthlyMetricsTable(props: { months: MonthlyMetrics[] }) {
  const columns: TableColumn<MonthlyMetrics>[] = [
    {
      title: 'Month',
      field: 'month',
      highlight: true,
      render: row => formatMonth(row.month),
    },
    ...summaryColumns<MonthlyMetrics>(),
  ];
  return (
    <Table<MonthlyMetrics>
      title="Per month"
      options={tableOptions}
      columns={columns}
      // Table adds bookkeeping to its rows; it gets copies, not the API's objects.
      data={props.months.map(m => ({ ...m }))}
    />
  );
}

/** The breakdown per owning team as numbers: the accessible twin of the team chart. */
export function TeamMetricsTable(props: { teams: TeamMetrics[] }) {
  const columns: TableColumn<TeamMetrics>[] = [
    {
      title: 'Team',
      field: 'owner',
      highlight: true,
      render: row => (
        <EntityRefLink entityRef={row.owner} defaultKind="group" />
      ),
    },
    ...summaryColumns<TeamMetrics>(),
  ];
  return (
    <Table<TeamMetrics>
      title="Per team"
      options={tableOptions}
      columns={columns}
      data={props.teams.map(t => ({ ...t }))}
    />
  );
}
