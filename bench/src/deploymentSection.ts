import {
  DATABASE_NAMES,
  endpointRatio,
  find,
  lessCatalogRatio,
  ms,
  ratio,
  type RunReport,
} from './runReport';
import { TARGETS } from './verdicts';

/**
 * Issue 17's figures side by side: what is deployed where and the runbook at every size, with the
 * request floor that neither raw query pays.
 */
export function deploymentSection(report: RunReport): string[] {
  const runs = report.runs.filter(
    r => find(r, 'currentDeployments') || find(r, 'execution'),
  );
  if (!runs.length) return [];
  const lines = [
    '## Deployments (issue 17)',
    '',
    `Target: \`GET /deployments/current\` for an entity and the runbook (\`GET /releases/{id}/execution\`) of the`,
    `50-component release each within ${
      TARGETS.deploymentRatio
    }× of the raw SQL at ${TARGETS.deploymentSize.toLocaleString(
      'en',
    )} releases with ${(TARGETS.deploymentSize * 10).toLocaleString(
      'en',
    )} deployments. The runbook's`,
    'ratio leaves out its wait on the catalog stand-in (see "What is measured"; the plain ratio is',
    'beside it). "Request floor" is GET /templates, a request through the same HTTP, auth and routing',
    'that runs no SQL: a fixed cost that neither raw query pays.',
    '',
    '| database | releases | deployments | request floor p50 ms | current p50 ms | current raw p50 ms | current ratio | runbook p50 ms | runbook catalog wait p50 ms | runbook raw p50 ms | runbook ratio less catalog | runbook ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const run of runs) {
    const current = find(run, 'currentDeployments');
    const runbook = find(run, 'execution');
    lines.push(
      `| ${DATABASE_NAMES[run.database]} | ${run.size.toLocaleString('en')} | ${
        run.seed?.deployments?.toLocaleString('en') ?? '–'
      } | ${run.requestFloor ? ms(run.requestFloor.p50) : '–'} | ${
        current
          ? `${ms(current.endpoint.p50)} | ${ms(current.raw.p50)} | ${ratio(
              endpointRatio(current),
            )}`
          : '– | – | –'
      } | ${
        runbook
          ? `${ms(runbook.endpoint.p50)} | ${ms(
              runbook.endpointCatalog.p50,
            )} | ${ms(runbook.raw.p50)} | ${ratio(
              lessCatalogRatio(runbook),
            )} | ${ratio(endpointRatio(runbook))}`
          : '– | – | – | – | –'
      } |`,
    );
  }
  lines.push('');
  return lines;
}
