import { suggestReleaseOrder } from './dependencyOrder';

describe('suggestReleaseOrder', () => {
  it('puts dependencies first along a chain, ignoring components outside the release', () => {
    const deps = new Map([
      ['web', ['checkout', 'outside']],
      ['checkout', ['payments']],
      ['payments', ['ledger']],
    ]);
    expect(
      suggestReleaseOrder(['web', 'checkout', 'payments', 'ledger'], deps),
    ).toEqual({
      order: ['ledger', 'payments', 'checkout', 'web'],
      cycles: [],
    });
  });

  it('keeps a cycle together, in input order, after what it depends on, and reports it', () => {
    const deps = new Map([
      ['a', ['b']],
      ['b', ['c', 'lib']],
      ['c', ['a']],
      ['app', ['a']],
    ]);
    expect(suggestReleaseOrder(['app', 'a', 'b', 'c', 'lib'], deps)).toEqual({
      order: ['lib', 'a', 'b', 'c', 'app'],
      cycles: [['a', 'b', 'c']],
    });
  });

  it('leaves independent components in their given order', () => {
    expect(suggestReleaseOrder(['x', 'y', 'z'], new Map()).order).toEqual([
      'x',
      'y',
      'z',
    ]);
  });
});
