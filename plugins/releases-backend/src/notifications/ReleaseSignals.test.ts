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
    const api = backend.api;
    const settled = () => backend.ctx().risk.idle();
    /** Takes what was published since the last call. */
    const take = () => published.splice(0, published.length);

    it('tells open pages when an item is ticked or a check result settles one, again when the risk moved, and only then', async () => {
      const release = await createRelease(api);
      await settled();
      take();
      const signal = {
        recipients: { type: 'broadcast' },
        channel: `releases:release:${release.id}`,
        message: { releaseId: release.id },
      };
      const item = release.checklist.find(
        (i: { check: string | null; required: boolean }) =>
          i.check === null && i.required,
      );
      await api()
        .patch(`/api/releases/releases/${release.id}/checklist/${item.id}`)
        .send({ state: 'done' })
        .expect(200);
      await settled();
      // The tick at once, then its risk snapshot: one open required item fewer.
      expect(take()).toEqual([signal, signal]);

      const { revision } = (
        await api().get(`/api/releases/releases/${release.id}`).expect(200)
      ).body;
      await api()
        .patch(`/api/releases/releases/${release.id}`)
        .send({ description: 'Goals, reworded', revision })
        .expect(200);
      await settled();
      // The risk of a new description is the same: no second signal.
      expect(take()).toEqual([signal]);

      const result = {
        entityRef: 'component:default/checkout-service',
        check: 'ci.tests',
        status: 'passed',
      };
      await api().post('/api/releases/checks/results').send(result).expect(200);
      await settled();
      expect(take()).toEqual([signal, signal]);
      // The same result again changes nothing, so it signals nothing.
      await api().post('/api/releases/checks/results').send(result).expect(200);
      await api().get(`/api/releases/releases/${release.id}`).expect(200);
      await settled();
      expect(take()).toEqual([]);
    });
  },
);
