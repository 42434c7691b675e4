import { Page } from '@backstage/core-components';
import { screen } from '@testing-library/react';
import { aRelease } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { ReleaseHeader } from './ReleaseHeader';

/** WCAG 2 relative luminance of an `rgb(r, g, b)` or `#rrggbb` colour. */
function luminance(colour: string): number {
  const channels = colour.startsWith('#')
    ? [1, 3, 5].map(i => parseInt(colour.slice(i, i + 2), 16))
    : colour.match(/\d+/g)!.slice(0, 3).map(Number);
  const [r, g, b] = channels.map(c => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// The ends of the gradient behind the release page's header (Backstage's "tool" page theme).
const HEADER_BACKGROUNDS = ['#8912CA', '#3E00EA'];

describe('ReleaseHeader', () => {
  it('shows owner and stakeholder links readable on the header, at least 4.5:1', async () => {
    // As on the release page: the page's theme gives the header its colours.
    await renderWithApis(
      <Page themeId="tool">
        <ReleaseHeader
          release={aRelease({
            owner: 'group:default/checkout-team',
            stakeholders: ['group:default/web-team'],
          })}
        />
      </Page>,
    );
    for (const name of ['checkout-team', 'web-team']) {
      const link = screen.getByRole('link', { name });
      const colour = getComputedStyle(link).color;
      expect(colour).toBe('rgb(255, 255, 255)');
      for (const background of HEADER_BACKGROUNDS) {
        expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
      }
      expect(getComputedStyle(link).textDecoration).toBe('underline');
    }
  });
});
