import { DateTime } from 'luxon';
import {
  entityNameOf,
  entityNamesOf,
  formatTimeToWindow,
  fromLocalInputValue,
  toLocalInputValue,
} from './formatting';

describe('formatting', () => {
  const now = DateTime.fromISO('2030-05-01T12:00:00Z');

  it('says where now is relative to a window', () => {
    expect(
      formatTimeToWindow('2030-05-04T12:00:00Z', '2030-05-04T16:00:00Z', now),
    ).toBe('starts in 3 days');
    expect(
      formatTimeToWindow('2030-05-01T10:00:00Z', '2030-05-01T14:00:00Z', now),
    ).toBe('in its window now, ends in 2 hours');
    expect(
      formatTimeToWindow('2030-04-29T10:00:00Z', '2030-04-30T12:00:00Z', now),
    ).toBe('window ended 1 day ago');
  });

  it('converts between ISO instants and datetime-local values in the viewer’s zone', () => {
    const local = toLocalInputValue('2030-05-04T09:15:00.000Z');
    expect(local).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(Date.parse(fromLocalInputValue(local)!)).toBe(
      Date.parse('2030-05-04T09:15:00.000Z'),
    );
    expect(fromLocalInputValue('')).toBeUndefined();
    expect(fromLocalInputValue('not a date')).toBeUndefined();
    expect(toLocalInputValue('garbage')).toBe('');
  });

  it('names entities as a sentence says them, lists included', () => {
    expect(entityNameOf('component:default/payments-api')).toBe('payments-api');
    expect(entityNameOf('component:billing/ledger')).toBe('billing/ledger');
    expect(entityNameOf('group:default/sre', 'group')).toBe('sre');
    expect(entityNameOf('not a ref:')).toBe('not a ref:');
    expect(entityNamesOf([])).toBe('');
    expect(entityNamesOf(['component:default/a'])).toBe('a');
    expect(entityNamesOf(['component:default/a', 'component:default/b'])).toBe(
      'a and b',
    );
    expect(
      entityNamesOf([
        'component:default/a',
        'component:default/b',
        'component:default/c',
      ]),
    ).toBe('a, b and c');
  });
});
