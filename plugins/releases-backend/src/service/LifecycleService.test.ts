import { testCatalog } from '../__testUtils__/catalogFixtures';
import { createRelease } from '../__testUtils__/releaseRequests';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';

describeOnEachDatabase(
  'the release lifecycle',
  {
    entities: testCatalog(),
  },
  backend => {
    const api = backend.api;

    it('moves through the lifecycle and answers illegal transitions with the allowed ones', async () => {
      const release = await createRelease(api);
      const illegal = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'released' });
      expect(illegal.status).toBe(409);
      expect(illegal.body.error.message).toContain(
        'allowed: planned, cancelled',
      );

      const planned = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'planned' });
      expect(planned.status).toBe(200);
      expect(planned.body.status).toBe('planned');

      const notReady = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'in_progress' });
      expect(notReady.status).toBe(409);
      expect(notReady.body.error.message).toMatch(/required item/);

      const noReason = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({ to: 'in_progress', override: true });
      expect(noReason.status).toBe(400);

      const started = await api()
        .post(`/api/releases/releases/${release.id}/transitions`)
        .send({
          to: 'in_progress',
          override: true,
          reason: 'Hotfix for a live incident',
        });
      expect(started.status).toBe(200);
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      expect(activity.body.items.map((a: any) => a.action).slice(0, 2)).toEqual(
        ['release.status_changed', 'release.override'],
      );
      expect(activity.body.items[1].summary).toContain(
        'Hotfix for a live incident',
      );

      const deleted = await api().delete(
        `/api/releases/releases/${release.id}`,
      );
      expect(deleted.status).toBe(409);
    });
  },
);
