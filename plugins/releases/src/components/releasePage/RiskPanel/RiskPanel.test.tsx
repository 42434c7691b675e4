import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { aRisk } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { RiskPanel } from './RiskPanel';

/** The cells of each body row of the factor table, as text. */
function factorRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Risk factors' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      Array.from(row.querySelectorAll('th, td'), cell => cell.textContent!),
    );
}

describe('RiskPanel', () => {
  it('shows the score, the level in words and every factor that adds points: value × weight = points', async () => {
    const computedAt = DateTime.now().minus({ hours: 2 }).toISO()!;
    await renderWithApis(<RiskPanel risk={aRisk({}, computedAt)} />);

    expect(screen.getByText('58')).toHaveTextContent('58 / 100');
    expect(screen.getByText('Medium risk')).toBeInTheDocument();
    expect(
      screen.getByText(/sum of each factor’s value × weight, capped at 100/),
    ).toHaveTextContent('releases.risk.weights');
    expect(factorRows()).toEqual([
      ['Open required items', '3', '× 4', '= 12'],
      ['Failed checks', '2', '× 10', '= 20'],
      ['Declared risks (likelihood × impact)', '6', '× 2', '= 12'],
      ['Components', '2', '× 2', '= 4'],
      ['Scheduling conflicts', '1', '× 10', '= 10'],
    ]);
    const computed = screen.getByText('2 hours ago');
    expect(computed.tagName).toBe('TIME');
    expect(computed).toHaveAttribute('datetime', computedAt);
    expect(computed.getAttribute('title')).toMatch(
      String(DateTime.fromISO(computedAt).year),
    );
  });

  it('shows the factors that add nothing on request, and hides them again', async () => {
    await renderWithApis(<RiskPanel risk={aRisk()} />);
    const showAll = screen.getByRole('button', { name: 'Show all 8 factors' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(showAll);

    expect(factorRows().map(([label, ...numbers]) => [label, numbers])).toEqual(
      [
        ['Open required items', ['3', '× 4', '= 12']],
        ['Failed checks', ['2', '× 10', '= 20']],
        ['Declared risks (likelihood × impact)', ['6', '× 2', '= 12']],
        ['Components', ['2', '× 2', '= 4']],
        ['Dependency warnings', ['0', '× 8', '= 0']],
        ['Scheduling conflicts', ['1', '× 10', '= 10']],
        ['Freeze close to the window', ['0', '× 10', '= 0']],
        ['Recent failed releases of these components', ['0', '× 8', '= 0']],
      ],
    );
    const hide = screen.getByRole('button', {
      name: 'Hide factors that add nothing',
    });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(hide);
    expect(factorRows()).toHaveLength(5);
  });

  it('says when the factors add up to more than the score’s cap', async () => {
    await renderWithApis(
      <RiskPanel risk={aRisk({ failedChecks: 9, nearFreeze: true })} />,
    );
    // 12 + 90 + 12 + 4 + 10 + 10 = 138, capped.
    expect(screen.getByText('100')).toHaveTextContent('100 / 100');
    expect(screen.getByText('High risk')).toBeInTheDocument();
    expect(screen.getByText(/Here they add up to 138\./)).toBeInTheDocument();
    expect(factorRows()).toContainEqual([
      'Freeze close to the window',
      '1',
      '× 10',
      '= 10',
    ]);
  });

  it('says calmly when nothing adds to the score', async () => {
    await renderWithApis(
      <RiskPanel
        risk={aRisk({
          openRequiredItems: 0,
          failedChecks: 0,
          declaredRisks: [],
          components: 0,
          conflicts: 0,
        })}
      />,
    );
    expect(screen.getByText('0')).toHaveTextContent('0 / 100');
    expect(screen.getByText('Low risk')).toBeInTheDocument();
    expect(
      screen.getByText('No factor adds to the score.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says the risk is not computed yet when the release has none', async () => {
    await renderWithApis(<RiskPanel risk={null} />);
    expect(screen.getByText(/^Risk not computed yet\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/risk$/)).toBeNull();
  });
});
