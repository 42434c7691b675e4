import { mockCredentials } from '@backstage/backend-test-utils';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import type { AddressInfo } from 'node:net';
// The e2e's own round trip (e2e/mcp.ts), run here against a test backend so that it is tested
// before the demo runs it; e2e/ is no package to import by name.
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
import { mcpRoundTrip } from '../../../../e2e/mcp';
import { testCatalog } from '../__testUtils__/catalogFixtures';
import { describeOnEachDatabase } from '../__testUtils__/describeWithBackend';
import { createRelease } from '../__testUtils__/releaseRequests';

/*
 * The whole path an assistant takes: a real MCP client over streamable HTTP, Backstage's MCP backend,
 * its actions service calling the releases plugin's actions registry over HTTP with a token on behalf
 * of the user, and the actions' services on the database.
 */
describeOnEachDatabase(
  'the Releases tools over MCP',
  {
    entities: testCatalog(),
    config: { backend: { actions: { pluginSources: ['releases'] } } },
    features: [mcpActionsPlugin],
  },
  backend => {
    const backendUrl = () =>
      `http://localhost:${
        (backend.ctx().server.address() as AddressInfo).port
      }`;

    it('lists the tools, reads releases and plans one as the user, as the REST API then reads it', async () => {
      const existing = await createRelease(backend.api);
      const user = 'user:default/alice';
      const seen = await mcpRoundTrip({
        backendUrl: backendUrl(),
        token: mockCredentials.user.token(user),
      });

      expect(Object.keys(seen.releaseTools).sort()).toEqual([
        'get-freeze-status',
        'get-release',
        'list-releases',
        'plan-release',
        'report-check-result',
        'set-checklist-item-state',
      ]);
      expect(seen.releaseTools['list-releases']).toBe('releases.list-releases');
      expect(seen.listed.releases.map(r => r.id)).toEqual([existing.id]);
      expect(seen.planned.release).toMatchObject({
        status: 'draft',
        owner: 'group:default/checkout-team',
      });
      expect(seen.planned.checklistItems).toBeGreaterThan(0);
      expect(seen.stored.status).toBe(200);
      expect(seen.stored.body).toMatchObject({
        id: seen.planned.release.id,
        title: seen.planned.release.title,
        components: ['component:default/cart-service'],
        createdBy: user,
      });
    });

    it('hands the services’ refusals back as tool errors with their messages', async () => {
      await expect(
        mcpRoundTrip({
          backendUrl: backendUrl(),
          token: mockCredentials.user.token(),
          plan: { components: ['component:default/no-such-service'] },
        }),
      ).rejects.toThrow(
        'releases.plan-release failed: InputError: components: not components in the catalog: component:default/no-such-service',
      );
    });
  },
);
