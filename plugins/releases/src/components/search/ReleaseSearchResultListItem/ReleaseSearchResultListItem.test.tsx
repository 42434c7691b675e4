import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { Settings } from 'luxon';
import {
  releaseDocument,
  releaseResult,
} from '../../../__testUtils__/searchFixtures';
import { ReleaseSearchResultListItem } from './ReleaseSearchResultListItem';

describe('ReleaseSearchResultListItem', () => {
  const { defaultZone } = Settings;
  beforeAll(() => {
    Settings.defaultZone = 'Europe/Berlin';
  });
  afterAll(() => {
    Settings.defaultZone = defaultZone;
  });

  it('links the title and version to the release page, with its status, window and components', async () => {
    await renderInTestApp(
      <ReleaseSearchResultListItem result={releaseDocument} rank={1} />,
    );
    expect(
      screen.getByRole('link', { name: 'Checkout 2.4.0' }),
    ).toHaveAttribute('href', '/releases/rel-1');
    expect(screen.getByText('Planned')).toBeInTheDocument();
    // 09:00 to 13:00 UTC, in the viewer's zone (summer time in Berlin).
    expect(screen.getByText('Mon 4 May, 11:00 – 15:00')).toBeInTheDocument();
    expect(
      screen.getByText('checkout-service and cart-service'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Ship the new basket\.\s+Version 2\.4\.0, Planned\./),
    ).toBeInTheDocument();
  });

  it('marks the search terms where the engine found them', async () => {
    await renderInTestApp(
      <ReleaseSearchResultListItem
        result={releaseResult.document}
        highlight={{
          ...releaseResult.highlight!,
          fields: {
            ...releaseResult.highlight!.fields,
            title: '<hl>Checkout</hl>',
          },
        }}
      />,
    );
    const marks = document.querySelectorAll('mark');
    expect([...marks].map(m => m.textContent)).toEqual(['Checkout', 'basket']);
    expect(within(screen.getByRole('link')).getByText('Checkout').tagName).toBe(
      'MARK',
    );
    expect(screen.getByText(/^Ship the new/)).toHaveTextContent(
      'Ship the new basket.',
    );
  });

  it('shows nothing without a result', async () => {
    const { container } = await renderInTestApp(
      <ReleaseSearchResultListItem />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
