import List from '@material-ui/core/List';
import { screen } from '@testing-library/react';
import { anItem } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { ChecklistItemRow } from './ChecklistItemRow';

const noop = () => {};

async function renderRows(items: ReturnType<typeof anItem>[]) {
  return renderWithApis(
    <List>
      {items.map(item => (
        <ChecklistItemRow
          key={item.id}
          item={item}
          pending={false}
          readOnly={false}
          updatableItemIds={new Set(items.map(i => i.id))}
          onToggleDone={noop}
          onNotApplicable={noop}
          onEvidence={noop}
          onReopen={noop}
        />
      ))}
    </List>,
  );
}

describe('ChecklistItemRow', () => {
  it('names the checkbox of a component’s item by the item and the component', async () => {
    await renderRows([
      anItem({
        componentRef: 'component:default/cart-service',
        title: 'Dependencies updated',
      }),
      anItem({
        componentRef: 'component:default/session-lib',
        title: 'Dependencies updated',
      }),
      anItem({
        componentRef: 'component:payments/ledger',
        title: 'Dependencies updated',
      }),
    ]);
    expect(
      screen.getByRole('checkbox', {
        name: 'Done: Dependencies updated (cart-service)',
      }),
    ).toBeEnabled();
    expect(
      screen.getByRole('checkbox', {
        name: 'Done: Dependencies updated (session-lib)',
      }),
    ).toBeEnabled();
    expect(
      screen.getByRole('checkbox', {
        name: 'Done: Dependencies updated (payments/ledger)',
      }),
    ).toBeEnabled();
  });

  it('names the checkbox of a release-level item by the item alone', async () => {
    await renderRows([
      anItem({ componentRef: null, title: 'Release notes drafted' }),
    ]);
    expect(
      screen.getByRole('checkbox', { name: 'Done: Release notes drafted' }),
    ).toBeEnabled();
  });

  it('shows which check settles an automated item, who reported its pass, and why it failed', async () => {
    await renderRows([
      anItem({
        title: 'Tests pass',
        check: 'ci.tests',
        state: 'done',
        doneBy: 'github-actions',
        evidenceUrl: 'https://ci.example.com/runs/7',
      }),
      anItem({
        title: 'Security scan',
        check: 'ci.security-scan',
        state: 'open',
        note: '2 critical findings',
      }),
      anItem({
        title: 'Docs published',
        check: 'catalog.docs',
        state: 'done',
        doneBy: 'user:default/jane',
      }),
      anItem({
        title: 'Owner set',
        check: 'catalog.owner',
        state: 'done',
        doneBy: 'provider:catalog',
      }),
      anItem({ title: 'Runbook ready' }),
    ]);
    expect(screen.getByText('Check: ci.tests')).toBeInTheDocument();
    expect(
      screen.getByText(/passed, reported by github-actions/),
    ).toBeInTheDocument();
    const evidence = screen.getByRole('link', { name: 'Evidence' });
    expect(evidence).toHaveAttribute('href', 'https://ci.example.com/runs/7');
    // Inside a line of text a link must not differ by colour alone (axe: link-in-text-block).
    expect(evidence.className).toMatch(/underlineAlways/);
    expect(screen.getByText('Check: ci.security-scan')).toBeInTheDocument();
    expect(screen.getByText(/2 critical findings/)).toBeInTheDocument();
    // A person who reported a result is a catalog link, not a ref.
    expect(screen.getByRole('link', { name: 'jane' })).toBeInTheDocument();
    expect(screen.queryByText(/user:default\/jane/)).not.toBeInTheDocument();
    // A check provider's subject reads like a ref but is no catalog entity: plain text.
    expect(
      screen.getByText(/passed, reported by provider:catalog/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /catalog/ })).toBeNull();
    expect(screen.getAllByText(/^Check: /)).toHaveLength(4);
  });
});
