import { testCatalog } from '../__testUtils__/catalogFixtures';
import { createRelease, validBody } from '../__testUtils__/releaseRequests';
import { describeOnSqlite } from '../__testUtils__/describeWithBackend';

/*
 * Every write to a release is recorded by Backstage's auditor, whether it succeeds or fails: planning,
 * editing, its scope, its checklist, its status, decisions and outcome.
 */
describeOnSqlite('the audit trail', { entities: testCatalog() }, backend => {
  const api = backend.api;

  it('audits every write to a release, success or failure', async () => {
    const release = await createRelease(api, {
      ...validBody,
      stakeholders: [],
    });
    const base = `/api/releases/releases/${release.id}`;
    const item = release.checklist[0].id;
    const audits = backend.ctx().audits;
    audits.length = 0;

    const writes: Array<[string, string, object, number]> = [
      [
        'post',
        `${base}/components`,
        { components: ['component:default/svc-1'] },
        200,
      ],
      [
        'post',
        `${base}/components`,
        { components: ['component:default/svc-1'] },
        409,
      ],
      [
        'post',
        `${base}/checklist`,
        { title: 'Warm the caches', category: 'execution' },
        201,
      ],
      ['patch', `${base}/checklist/${item}`, { state: 'done' }, 200],
      ['patch', `${base}/checklist/unknown-item`, { state: 'done' }, 404],
      ['patch', base, { revision: 99, title: 'Stale' }, 409],
    ];
    const statuses = [];
    for (const [method, path, body] of writes) {
      statuses.push((await (api() as any)[method](path).send(body)).status);
    }
    expect(statuses).toEqual(writes.map(w => w[3]));

    expect(audits.map(a => [a.eventId, a.outcome])).toEqual([
      ['release-components-add', 'succeeded'],
      ['release-components-add', 'failed'],
      ['release-checklist-item-add', 'succeeded'],
      ['release-checklist-item-update', 'succeeded'],
      ['release-checklist-item-update', 'failed'],
      ['release-update', 'failed'],
    ]);
    expect(audits[0].meta).toEqual({
      releaseId: release.id,
      components: ['component:default/svc-1'],
    });
    expect(audits[3].meta).toEqual({
      releaseId: release.id,
      itemId: item,
      fields: ['state'],
    });
  });
});
