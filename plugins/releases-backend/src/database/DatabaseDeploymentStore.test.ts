import {
  HOUR,
  insertRelease,
  newRelease,
  T0,
} from '../__testUtils__/newRelease';
import { describeStoreOnEachDatabase } from '../__testUtils__/useReleaseStore';
import { DatabaseDeploymentStore } from './DatabaseDeploymentStore';
import type { RecordDeploymentRequest } from './DeploymentStore';

const CHECKOUT = 'component:default/checkout-service';

const succeeded = (
  fields: Partial<RecordDeploymentRequest> = {},
): RecordDeploymentRequest => ({
  entityRef: CHECKOUT,
  ownerRef: 'group:default/checkout-team',
  version: '1.0.0',
  environment: 'production',
  status: 'succeeded',
  startedAt: T0,
  finishedAt: T0 + HOUR,
  releaseId: null,
  releaseNamed: false,
  reportedBy: 'github-actions',
  at: T0 + HOUR,
  ...fields,
});

describeStoreOnEachDatabase('DatabaseDeploymentStore', db => {
  const changed: string[][] = [];
  const deployments = () =>
    DatabaseDeploymentStore.create({
      database: { getClient: async () => db.knex() } as any,
      onChanged: ids => {
        changed.push(ids);
      },
    });

  beforeEach(async () => {
    changed.length = 0;
    await db.knex()('deployments').delete();
  });

  it('tells the listener of the release a deployment changed, after the write, and only then', async () => {
    const release = newRelease({ status: 'in_progress' });
    await insertRelease(db.store(), release);
    const store = await deployments();
    await store.recordDeployment(succeeded({ version: '0.9.0' }));
    const ofRelease = succeeded({ releaseId: release.id });
    await store.recordDeployment(ofRelease);
    expect(changed).toEqual([[release.id]]);
    // A repeat writes nothing, so it signals nothing.
    await store.recordDeployment({ ...ofRelease, at: T0 + 2 * HOUR });
    expect(changed).toEqual([[release.id]]);
  });

  it('breaks a tie of finish times by id, and reads only the environments asked for', async () => {
    const store = await deployments();
    const a = await store.recordDeployment(succeeded({ version: '1.0.0' }));
    const b = await store.recordDeployment(succeeded({ version: '1.0.1' }));
    await store.recordDeployment(
      succeeded({ environment: 'staging', version: '0.9.0' }),
    );
    const current = await store.currentDeployments(CHECKOUT, ['production']);
    const latest = [a, b]
      .map(r => r.deployment)
      .sort((x, y) => (x.id < y.id ? 1 : -1))[0];
    expect([...current.entries()]).toEqual([['production', latest]]);
  });

  it('keeps the deployments of a deleted draft, with no release', async () => {
    const draft = newRelease({ status: 'draft' });
    await insertRelease(db.store(), draft);
    const store = await deployments();
    const { deployment } = await store.recordDeployment(
      succeeded({ releaseId: draft.id, releaseNamed: true }),
    );
    await db.store().deleteRelease({
      id: draft.id,
      onlyStatus: 'draft',
      actor: 'user:default/alice',
      at: T0 + 2 * HOUR,
      activity: [],
    });
    const { items } = await store.listDeployments({ limit: 10 });
    expect(items).toEqual([{ ...deployment, releaseId: null }]);
  });
});
