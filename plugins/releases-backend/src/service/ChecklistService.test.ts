import { testCatalog } from '../__testUtils__/catalogFixtures';
import { createRelease } from '../__testUtils__/releaseRequests';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';

describeOnEachDatabase(
  'scope and checklist',
  {
    entities: testCatalog(),
  },
  backend => {
    const api = backend.api;

    it('ticks items, rolls readiness up and records who did it', async () => {
      const release = await createRelease(api);
      const required = release.checklist.filter((i: any) => i.required);
      for (const item of required) {
        const res = await api()
          .patch(`/api/releases/releases/${release.id}/checklist/${item.id}`)
          .send({ state: 'done', evidenceUrl: 'https://ci.example.com/run/1' });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          state: 'done',
          doneBy: 'user:default/mock',
        });
      }
      const optional = release.checklist.find((i: any) => !i.required);
      const na = await api()
        .patch(`/api/releases/releases/${release.id}/checklist/${optional.id}`)
        .send({ state: 'not_applicable' });
      expect(na.status).toBe(400);
      expect(na.body.error.message).toMatch(/^note:/);

      const fetched = await api().get(`/api/releases/releases/${release.id}`);
      expect(fetched.body.readiness.ready).toBe(true);
      expect(fetched.body.readiness.requiredOpen).toBe(0);
      expect(fetched.body.revision).toBe(1 + required.length);

      const list = await api()
        .get('/api/releases/releases')
        .query({ entityRef: 'system:default/checkout' });
      const summary = list.body.items.find((r: any) => r.id === release.id);
      expect(summary.readiness).toMatchObject({ ready: true, requiredOpen: 0 });
      expect(summary.readiness.percent).toBe(
        Math.floor((required.length * 100) / release.checklist.length),
      );
    });

    it('changes scope: adds instantiate items, removal drops open items and keeps settled ones', async () => {
      const release = await createRelease(api);
      const added = await api()
        .post(`/api/releases/releases/${release.id}/components`)
        .send({ components: ['component:default/payment-gateway'] });
      expect(added.status).toBe(200);
      const gatewayItems = added.body.checklist.filter(
        (i: any) => i.componentRef === 'component:default/payment-gateway',
      );
      expect(
        gatewayItems.every(
          (i: any) => i.assignee === 'group:default/payments-team',
        ),
      ).toBe(true);

      await api()
        .patch(
          `/api/releases/releases/${release.id}/checklist/${gatewayItems[0].id}`,
        )
        .send({ state: 'done' });
      const removed = await api().delete(
        `/api/releases/releases/${release.id}/components/${encodeURIComponent(
          'component:default/payment-gateway',
        )}`,
      );
      expect(removed.status).toBe(200);
      expect(removed.body.components).not.toContain(
        'component:default/payment-gateway',
      );
      expect(
        removed.body.checklist
          .filter(
            (i: any) => i.componentRef === 'component:default/payment-gateway',
          )
          .map((i: any) => i.id),
      ).toEqual([gatewayItems[0].id]);
      const activity = await api().get(
        `/api/releases/releases/${release.id}/activity`,
      );
      expect(activity.body.items[0]).toMatchObject({
        action: 'release.component_removed',
        before: { component: 'component:default/payment-gateway' },
      });
      expect(activity.body.items[0].before.removedItems).toHaveLength(
        gatewayItems.length - 1,
      );
    });
  },
);
