import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, within } from '@testing-library/react';
import { renderWithApis } from '../../../__testUtils__/render';
import { PlanReleaseButton } from './PlanReleaseButton';

// usePermission caches decisions for the whole module, so each policy answer has its own test file
// (the allowed case is covered wherever the button is rendered, e.g. ReleasesPage.test.tsx).
describe('PlanReleaseButton when the policy says no', () => {
  it('is disabled and says why', async () => {
    await renderWithApis(<PlanReleaseButton />, {
      permission: AuthorizeResult.DENY,
    });
    const reason = await screen.findByLabelText('You may not plan releases');
    const button = within(reason).getByRole('button', {
      name: /Plan a release/,
    });
    expect(button).toBeDisabled();
  });
});
