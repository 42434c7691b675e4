import {
  getContrastRatio,
  hexToRgb,
  useTheme,
  type Theme,
} from '@material-ui/core/styles';
import { screen } from '@testing-library/react';
import { renderWithApis } from '../../../__testUtils__/render';
import { RiskLevelChip } from './RiskLevelChip';

/** Shows the app theme's colour of a palette entry, for the test to compare with. */
function PaletteProbe(props: { entry: 'success' | 'warning' | 'error' }) {
  const theme = useTheme<Theme>();
  return (
    <span data-testid="palette">
      {hexToRgb(theme.palette[props.entry].main)}
    </span>
  );
}

describe('RiskLevelChip', () => {
  it.each([
    ['low', 12, 'Low risk · 12', 'success'],
    ['medium', 45, 'Medium risk · 45', 'warning'],
    ['high', 80, 'High risk · 80', 'error'],
  ] as const)(
    'says a %s risk of %i in words ("%s"), in the theme’s %s colour, its text contrasting at least 4.5:1',
    async (level, score, text, entry) => {
      await renderWithApis(
        <>
          <RiskLevelChip risk={{ level, score }} />
          <PaletteProbe entry={entry} />
        </>,
      );
      const chip = screen.getByText(text).closest('.MuiChip-root')!;
      const style = getComputedStyle(chip);
      expect(style.backgroundColor).toBe(
        screen.getByTestId('palette').textContent,
      );
      expect(
        getContrastRatio(style.backgroundColor, style.color),
      ).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('leaves the score out where the page shows it on its own', async () => {
    await renderWithApis(
      <RiskLevelChip risk={{ level: 'high', score: 80 }} showScore={false} />,
    );
    expect(screen.getByText('High risk')).toBeInTheDocument();
    expect(screen.queryByText(/80/)).toBeNull();
  });
});
