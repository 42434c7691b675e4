import { anItem } from './__testUtils__/fixtures';
import {
  countViewersOpenItems,
  isViewersItem,
  normalizeRefs,
} from './ownership';

describe('ownership', () => {
  const viewer = normalizeRefs([
    'User:default/Jane',
    'Group:default/Checkout-Team',
  ]);

  it('matches assignees case-insensitively, as the backend stores refs in lower case', () => {
    expect(isViewersItem({ assignee: 'user:default/jane' }, viewer)).toBe(true);
    expect(
      isViewersItem({ assignee: 'group:default/checkout-team' }, viewer),
    ).toBe(true);
    expect(isViewersItem({ assignee: 'group:default/sre' }, viewer)).toBe(
      false,
    );
    expect(isViewersItem({ assignee: null }, viewer)).toBe(false);
  });

  it('counts only open items', () => {
    expect(
      countViewersOpenItems(
        [
          anItem({ assignee: 'user:default/jane', state: 'open' }),
          anItem({ assignee: 'user:default/jane', state: 'done' }),
          anItem({ assignee: 'user:default/jane', state: 'not_applicable' }),
          anItem({ assignee: 'group:default/checkout-team', state: 'open' }),
          anItem({ assignee: 'group:default/sre', state: 'open' }),
        ],
        viewer,
      ),
    ).toBe(2);
  });
});
