import type { RecordDeploymentRequest } from '../../DeploymentStore';
import type { DeploymentRow } from '../../rows';
import { deploymentChange } from './deploymentChange';

const T = Date.UTC(2026, 11, 1, 9);
const MIN = 60_000;

const stored = (fields: Partial<DeploymentRow> = {}): DeploymentRow => ({
  id: 'd-1',
  entity_ref: 'component:default/api',
  owner_ref: 'group:default/team',
  version: '1.0.0',
  environment: 'production',
  status: 'started',
  url: 'https://ci.example.com/1',
  commit: null,
  started_at: String(T), // PostgreSQL hands bigint back as a string
  finished_at: null,
  reported_by: 'ci',
  release_id: 'r-1',
  updated_at: T,
  ...fields,
});

const report = (
  fields: Partial<RecordDeploymentRequest> = {},
): RecordDeploymentRequest => ({
  entityRef: 'component:default/api',
  ownerRef: 'group:default/team',
  version: '1.0.0',
  environment: 'production',
  status: 'started',
  releaseId: null,
  releaseNamed: false,
  reportedBy: 'ci',
  at: T + 10 * MIN,
  ...fields,
});

describe('deploymentChange', () => {
  it('inserts a first report, a finish alone starting when it finished', () => {
    const change = deploymentChange(undefined, report({ status: 'failed' }));
    expect(change.kind).toBe('insert');
    expect(change.row).toMatchObject({
      status: 'failed',
      started_at: T + 10 * MIN,
      finished_at: T + 10 * MIN,
    });
  });

  it('counts as a repeat only what the report says, including a named release', () => {
    const row = stored({ status: 'succeeded', finished_at: T + 5 * MIN });
    expect(deploymentChange(row, report({ status: 'succeeded' })).kind).toBe(
      'unchanged',
    );
    expect(
      deploymentChange(row, report({ status: 'succeeded', startedAt: T })).kind,
    ).toBe('unchanged');
    // A different finish time, url or named release is another run of the same version.
    for (const fields of [
      { finishedAt: T + 6 * MIN },
      { url: 'https://ci.example.com/2' },
      { releaseId: 'r-2', releaseNamed: true },
    ]) {
      expect(
        deploymentChange(row, report({ status: 'succeeded', ...fields })).kind,
      ).toBe('insert');
    }
    // A release matched (not named) is no difference.
    expect(
      deploymentChange(row, report({ status: 'succeeded', releaseId: 'r-2' }))
        .kind,
    ).toBe('unchanged');
  });

  it('finishes a started run and rolls back a success in place, keeping what the report leaves out', () => {
    const finished = deploymentChange(
      stored(),
      report({ status: 'succeeded', commit: 'abc' }),
    );
    expect(finished).toMatchObject({
      kind: 'update',
      row: {
        id: 'd-1',
        status: 'succeeded',
        url: 'https://ci.example.com/1',
        commit: 'abc',
        started_at: String(T),
        finished_at: T + 10 * MIN,
        release_id: 'r-1',
      },
    });
    const rolledBack = deploymentChange(
      stored({ status: 'succeeded', finished_at: T + MIN }),
      report({ status: 'rolled_back', at: T + 60 * MIN }),
    );
    expect(rolledBack).toMatchObject({
      kind: 'update',
      row: { id: 'd-1', status: 'rolled_back', finished_at: T + 60 * MIN },
    });
  });

  it('starts a new deployment after a failure or over a rollback', () => {
    expect(
      deploymentChange(
        stored({ status: 'failed', finished_at: T + MIN }),
        report({ status: 'succeeded' }),
      ).kind,
    ).toBe('insert');
    expect(
      deploymentChange(
        stored({ status: 'rolled_back', finished_at: T + MIN }),
        report({ status: 'rolled_back' }),
      ).kind,
    ).toBe('unchanged');
  });

  it('refuses a finish before the stored start', () => {
    expect(() =>
      deploymentChange(
        stored(),
        report({ status: 'succeeded', finishedAt: T - MIN }),
      ),
    ).toThrow(
      'finishedAt: 2026-12-01T08:59:00.000Z is before the deployment started (2026-12-01T09:00:00.000Z)',
    );
  });
});
