import { aRelease } from '../../../__testUtils__/fixtures';
import {
  componentChangesOf,
  formValuesOf,
  missingFields,
  updateRequestOf,
} from './formValues';

const CHECKOUT = 'component:default/checkout-service';
const CART = 'component:default/cart-service';
const SEARCH = 'component:default/search-service';

describe('release form values', () => {
  const release = aRelease({ components: [CHECKOUT, CART], revision: 7 });
  const original = formValuesOf(release);

  it('round-trips the window through datetime-local values', () => {
    const request = updateRequestOf(
      { ...original, windowEnd: '2030-05-04T15:30' },
      original,
      7,
    );
    expect(request).toEqual({
      revision: 7,
      windowEnd: expect.stringMatching(
        /^2030-05-04T15:30:00([+-]\d\d:\d\d|Z)$/,
      ),
    });
    expect(Date.parse(request!.windowEnd!)).toBe(
      new Date(2030, 4, 4, 15, 30).getTime(),
    );
  });

  it('sends only what the user changed, and nothing when nothing changed', () => {
    expect(updateRequestOf(original, original, 7)).toBeUndefined();
    expect(
      updateRequestOf({ ...original, title: '  Checkout v2 ' }, original, 9),
    ).toEqual({ revision: 9, title: 'Checkout v2' });
  });

  it('applies scope changes to the components the release has now', () => {
    const values = { ...original, components: [CHECKOUT, SEARCH] };
    // Someone else removed cart and added search meanwhile: nothing is left to do.
    expect(componentChangesOf(values, original, [CHECKOUT, SEARCH])).toEqual({
      add: [],
      remove: [],
    });
    expect(componentChangesOf(values, original, [CHECKOUT, CART])).toEqual({
      add: [SEARCH],
      remove: [CART],
    });
  });

  it('lists the missing required fields', () => {
    expect(
      Object.keys(
        missingFields({
          ...original,
          title: ' ',
          owner: null,
          windowStart: '',
        }),
      ).sort(),
    ).toEqual(['owner', 'title', 'windowStart']);
    expect(missingFields(original)).toEqual({});
  });
});
