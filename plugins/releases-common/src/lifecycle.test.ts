import {
  allowedTransitions,
  canTransition,
  isActiveStatus,
  isClosedStatus,
} from './lifecycle';
import { RELEASE_STATUSES } from './types';

describe('release lifecycle', () => {
  it('follows draft → planned → in_progress → released | rolled_back', () => {
    expect(canTransition('draft', 'planned')).toBe(true);
    expect(canTransition('planned', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'released')).toBe(true);
    expect(canTransition('in_progress', 'rolled_back')).toBe(true);
    expect(canTransition('draft', 'in_progress')).toBe(false);
    expect(canTransition('planned', 'released')).toBe(false);
    expect(canTransition('planned', 'draft')).toBe(false);
  });

  it('cancels only from draft, planned or in_progress', () => {
    const cancellable = RELEASE_STATUSES.filter(s =>
      canTransition(s, 'cancelled'),
    );
    expect(cancellable).toEqual(['draft', 'planned', 'in_progress']);
  });

  it('closes released, rolled back and cancelled releases for good', () => {
    expect(RELEASE_STATUSES.filter(isClosedStatus)).toEqual([
      'released',
      'rolled_back',
      'cancelled',
    ]);
    expect(allowedTransitions('released')).toEqual([]);
    expect(RELEASE_STATUSES.filter(isActiveStatus)).toEqual([
      'planned',
      'in_progress',
    ]);
  });
});
