import { mockCredentials } from '@backstage/backend-test-utils';
import { plannedOn } from '../__testUtils__/releaseRequests';
import { graphCatalog } from '../__testUtils__/graphCatalog';
import { describeOnSqlite } from '../__testUtils__/describeWithBackend';
import type { UsedBackend } from '../__testUtils__/useReleasesBackend';

const entities = graphCatalog({
  cart: { owner: 'checkout-team' },
  ledger: { owner: 'payments-team' },
  search: { owner: 'search-team' },
});
const ACTOR = 'user:default/olive';

/** The helpers of these tests, on the backend of the describe that calls it. */
function helpers(backend: UsedBackend) {
  const api = (method: 'post' | 'patch' | 'put', path: string, body: object) =>
    backend
      .api()
      [method](`/api/releases${path}`)
      .set('Authorization', mockCredentials.user.header(ACTOR))
      .send(body);

  async function draft() {
    const res = await api('post', '/releases', {
      title: 'Cart',
      version: '3.0',
      windowStart: '2027-05-01T09:00:00Z',
      windowEnd: '2027-05-01T12:00:00Z',
      owner: 'group:default/checkout-team',
      stakeholders: ['group:default/search-team'],
      components: ['component:default/cart', 'component:default/ledger'],
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  const sent = () =>
    backend.ctx().notifications.map(n => ({
      to:
        n.recipients.type === 'entity'
          ? [n.recipients.entityRef].flat().sort()
          : 'broadcast',
      except:
        n.recipients.type === 'entity'
          ? n.recipients.excludeEntityRef
          : undefined,
      title: n.payload.title,
      scope: n.payload.scope,
      link: n.payload.link,
    }));

  return { api, draft, sent };
}

describeOnSqlite(
  'who is told about planning and moves',
  {
    entities,
  },
  backend => {
    const { api, draft, sent } = helpers(backend);

    beforeEach(() => {
      backend.ctx().notifications.length = 0;
    });

    it('tells nobody about a draft, and the owner, stakeholders and component owners when it is planned', async () => {
      const release = await draft();
      expect(backend.ctx().notifications).toEqual([]);
      await api('post', `/releases/${release.id}/transitions`, {
        to: 'planned',
      });
      expect(sent()).toEqual([
        {
          to: [
            'group:default/checkout-team',
            'group:default/payments-team',
            'group:default/search-team',
          ],
          except: ACTOR,
          title: 'Cart 3.0 is planned',
          scope: `release:${release.id}:planned`,
          link: `/releases/${release.id}`,
        },
      ]);
    });

    it('says how far a window moved, and updates one notification when it moves again', async () => {
      const release = await draft();
      await api('patch', `/releases/${release.id}`, {
        revision: 1,
        windowStart: '2027-05-02T09:00:00Z',
        windowEnd: '2027-05-02T12:00:00Z',
      });
      await api('patch', `/releases/${release.id}`, {
        revision: 2,
        windowStart: '2027-05-02T11:00:00Z',
        windowEnd: '2027-05-02T14:00:00Z',
      });
      expect(
        backend.ctx().notifications.map(n => n.payload.description),
      ).toEqual([
        'The window moved: start 1 day later, end 1 day later.',
        'The window moved: start 2 hours later, end 2 hours later.',
      ]);
      expect(
        new Set(backend.ctx().notifications.map(n => n.payload.scope)),
      ).toEqual(new Set([`release:${release.id}:window_moved`]));
      // A change that does not move the window tells nobody.
      backend.ctx().notifications.length = 0;
      await api('patch', `/releases/${release.id}`, {
        revision: 3,
        title: 'Cart next',
      });
      expect(backend.ctx().notifications).toEqual([]);
    });

    it('tells only the owners of added components that items are theirs', async () => {
      const release = await draft();
      await api('post', `/releases/${release.id}/transitions`, {
        to: 'planned',
      });
      backend.ctx().notifications.length = 0;
      await api('post', `/releases/${release.id}/components`, {
        components: ['component:default/search'],
      });
      expect(sent()).toEqual([
        expect.objectContaining({
          to: ['group:default/search-team'],
          title: 'Cart 3.0: readiness items for you',
        }),
      ]);
    });
  },
);

describeOnSqlite(
  'who is told about status changes, decisions and outcomes',
  {
    entities,
  },
  backend => {
    const { api, draft, sent } = helpers(backend);

    beforeEach(() => {
      backend.ctx().notifications.length = 0;
    });

    it('announces status changes, go/no-go decisions and outcomes to everyone involved', async () => {
      const release = await draft();
      await api('post', `/releases/${release.id}/transitions`, {
        to: 'planned',
      });
      // Planned in October, so that an outcome of 2026-11-01 comes after it.
      await plannedOn(backend.knex(), release.id, '2026-10-01T00:00:00Z');
      await api('post', `/releases/${release.id}/decisions`, {
        decision: 'go',
        rationale: 'All green',
      });
      await api('post', `/releases/${release.id}/transitions`, {
        to: 'in_progress',
      });
      await api('put', `/releases/${release.id}/outcome`, {
        result: 'rolled_back',
        releasedAt: '2026-11-01T10:00:00Z',
      });
      const everyone = [
        'group:default/checkout-team',
        'group:default/payments-team',
        'group:default/search-team',
      ];
      expect(sent().map(n => [n.title, n.to])).toEqual([
        ['Cart 3.0 is planned', everyone],
        ['Cart 3.0: go', everyone],
        ['Cart 3.0: In progress', everyone],
        ['Cart 3.0: outcome rolled back', everyone],
      ]);
      expect(backend.ctx().notifications[3].payload.severity).toBe('high');
    });
  },
);
