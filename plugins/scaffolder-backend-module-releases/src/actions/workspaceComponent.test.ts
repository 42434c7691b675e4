import { createMockDirectory } from '@backstage/backend-test-utils';
import { readWorkspaceComponent } from './workspaceComponent';

describe('readWorkspaceComponent', () => {
  const workspace = createMockDirectory();

  it('reads the component with its owner and system, in its namespace', async () => {
    workspace.setContent({
      'catalog-info.yaml': `apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: basket-api }
spec: { type: openapi, lifecycle: experimental, owner: checkout-team, definition: '{}' }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: basket-service, namespace: shop }
spec: { type: service, lifecycle: experimental, owner: user:default/guest, system: basket }
`,
    });

    await expect(readWorkspaceComponent(workspace.path)).resolves.toEqual({
      entityRef: 'component:shop/basket-service',
      ownerRef: 'user:default/guest',
      systemRef: 'system:shop/basket',
    });
  });

  it('reads the descriptor from another path in the workspace', async () => {
    workspace.setContent({
      'service/catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: a }\nspec: { owner: team-a }\n',
    });

    await expect(
      readWorkspaceComponent(workspace.path, 'service/catalog-info.yaml'),
    ).resolves.toEqual({
      entityRef: 'component:default/a',
      ownerRef: 'group:default/team-a',
      systemRef: undefined,
    });
  });

  it('says what is wrong when there is no single component to take', async () => {
    workspace.setContent({});
    await expect(readWorkspaceComponent(workspace.path)).rejects.toThrow(
      'No entity ref given, and no catalog-info.yaml in the workspace to take the component from',
    );

    workspace.setContent({
      'catalog-info.yaml':
        'kind: Component\nmetadata: { name: a }\n---\nkind: Component\nmetadata: { name: b }\n',
    });
    await expect(readWorkspaceComponent(workspace.path)).rejects.toThrow(
      'catalog-info.yaml describes 2 components; name the one to use with entityRef',
    );

    workspace.setContent({ 'catalog-info.yaml': 'kind: [Component\n' });
    await expect(readWorkspaceComponent(workspace.path)).rejects.toThrow(
      /^catalog-info.yaml: /,
    );
  });

  it('reads nothing outside the workspace', async () => {
    await expect(
      readWorkspaceComponent(workspace.path, '../catalog-info.yaml'),
    ).rejects.toThrow(/outside/);
  });
});
