import { screen, within } from '@testing-library/react';
import { aRelease, aRisk, summaryOf } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { ReleaseTable } from './ReleaseTable';

function rowOf(name: string): HTMLElement {
  return screen.getByRole('link', { name }).closest('tr') as HTMLElement;
}

describe('ReleaseTable', () => {
  it('shows each release’s risk level in words with its score, and a dash that says when it is not computed yet', async () => {
    const releases = [
      aRelease({ id: 'rel-1', version: '2.4.0', risk: aRisk() }),
      aRelease({
        id: 'rel-2',
        version: '2.5.0',
        risk: aRisk({ failedChecks: 6 }),
      }),
      aRelease({
        id: 'rel-3',
        version: '2.6.0',
        risk: aRisk({
          openRequiredItems: 0,
          failedChecks: 0,
          declaredRisks: [],
          conflicts: 0,
        }),
      }),
      aRelease({ id: 'rel-4', version: '2.7.0', risk: null }),
    ].map(summaryOf);
    await renderWithApis(<ReleaseTable title="Releases" releases={releases} />);

    expect(
      screen.getByRole('columnheader', { name: 'Risk' }),
    ).toBeInTheDocument();
    expect(
      within(rowOf('Checkout 2.4.0')).getByText('Medium risk · 58'),
    ).toBeInTheDocument();
    // 58 + 4 more failed checks × 10: over the high threshold (60).
    expect(
      within(rowOf('Checkout 2.5.0')).getByText('High risk · 98'),
    ).toBeInTheDocument();
    // Only the two components count.
    expect(
      within(rowOf('Checkout 2.6.0')).getByText('Low risk · 4'),
    ).toBeInTheDocument();
    const notComputed = rowOf('Checkout 2.7.0');
    expect(within(notComputed).getByText('—')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(
      within(notComputed).getByText('Risk not computed yet'),
    ).toBeInTheDocument();
    expect(within(notComputed).queryByText(/risk ·/)).toBeNull();
  });
});
