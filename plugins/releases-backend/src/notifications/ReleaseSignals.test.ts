import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  type SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { createRelease } from '../__testUtils__/releaseRequests';

/** What the plugin published, as Backstage's signals service received it. */
const published: SignalPayload[] = [];
const recordingSignals = createServiceFactory({
  service: signalsServiceRef,
  deps: {},
  factory: () => ({
    publish: async (signal: SignalPayload) => {
      published.push(signal);
    },
  }),
});

describeOnEachDatabase(
  'release change signals',
  { entities: testCatalog(), features: [recordingSignals] },
  backend => {
    it('tells open pages when an item is ticked or a check result settles one, and only then', async () => {
      const release = await createRelease(backend.api);
      published.length = 0;
      const item = release.checklist.find(
        (i: { check: string | null }) => i.check === null,
      );
      await backend
        .api()
        .patch(`/api/releases/releases/${release.id}/checklist/${item.id}`)
        .send({ state: 'done' })
        .expect(200);
      const result = {
        entityRef: 'component:default/checkout-service',
        check: 'ci.tests',
        status: 'passed',
      };
      await backend
        .api()
        .post('/api/releases/checks/results')
        .send(result)
        .expect(200);
      // The same result again changes nothing, so it signals nothing.
      await backend
        .api()
        .post('/api/releases/checks/results')
        .send(result)
        .expect(200);
      await backend
        .api()
        .get(`/api/releases/releases/${release.id}`)
        .expect(200);

      expect(published).toEqual([
        {
          recipients: { type: 'broadcast' },
          channel: `releases:release:${release.id}`,
          message: { releaseId: release.id },
        },
        {
          recipients: { type: 'broadcast' },
          channel: `releases:release:${release.id}`,
          message: { releaseId: release.id },
        },
      ]);
    });
  },
);
