import type { FreezeOccurrence } from '@releasekit/plugin-releases-common';
import type { StoredRelease } from '../../database/types';
import { freezeOccurrences } from '../freezeOccurrences';
import { isNearFreeze } from './freezeProximity';

const HOUR = 3_600_000;
const START = Date.parse('2027-03-01T09:00:00Z');
const END = START + 3 * HOUR;
const PROXIMITY = 48 * HOUR;

const release = (overrides: Partial<StoredRelease> = {}) =>
  ({
    id: 'r',
    status: 'planned',
    windowStart: new Date(START).toISOString(),
    windowEnd: new Date(END).toISOString(),
    components: [
      {
        entityRef: 'component:default/payment',
        ownerRef: 'group:default/payments-team',
        systemRef: 'system:default/money',
      },
    ],
    ...overrides,
  } as StoredRelease);

/** Freezes as the FreezeService answers them: the occurrences overlapping the range asked. */
function freezes(...spans: Array<[number, number, string[]?]>) {
  return {
    occurrences: async (from: number, to: number) =>
      spans.flatMap(([start, end, entityRefs = []], i) =>
        freezeOccurrences(
          {
            id: `f${i}`,
            title: 'Freeze',
            reason: '',
            start: new Date(start).toISOString(),
            end: new Date(end).toISOString(),
            recurrence: null,
            entityRefs,
            source: 'api',
            revision: 1,
            createdBy: null,
          },
          from,
          to,
        ),
      ) as FreezeOccurrence[],
  };
}

const near = (r: StoredRelease, f: ReturnType<typeof freezes>) =>
  isNearFreeze(r, f, PROXIMITY);

describe('isNearFreeze', () => {
  it('sees a freeze of the release’s component, system, owner or of everyone ending shortly before or starting shortly after the window', async () => {
    const before: [number, number] = [START - 30 * HOUR, START - 24 * HOUR];
    const after: [number, number] = [END + 47 * HOUR, END + 60 * HOUR];
    for (const scope of [
      [],
      ['component:default/payment'],
      ['system:default/money'],
      ['group:default/payments-team'],
    ]) {
      expect(await near(release(), freezes([...before, scope]))).toBe(true);
      expect(await near(release(), freezes([...after, scope]))).toBe(true);
    }
    // Ending exactly as the window starts is close, not an overlap.
    expect(await near(release(), freezes([START - HOUR, START]))).toBe(true);
  });

  it('leaves out freezes overlapping the window (conflicts), too far, of other scopes, and finished releases', async () => {
    expect(await near(release(), freezes([START - HOUR, START + 1]))).toBe(
      false,
    );
    expect(
      await near(release(), freezes([START - 90 * HOUR, START - 49 * HOUR])),
    ).toBe(false);
    expect(
      await near(release(), freezes([END + 49 * HOUR, END + 60 * HOUR])),
    ).toBe(false);
    expect(
      await near(
        release(),
        freezes([
          START - 30 * HOUR,
          START - 24 * HOUR,
          ['system:default/shop'],
        ]),
      ),
    ).toBe(false);
    expect(
      await near(
        release({ status: 'released' }),
        freezes([START - 30 * HOUR, START - 24 * HOUR]),
      ),
    ).toBe(false);
    expect(
      await isNearFreeze(
        release(),
        freezes([START - 30 * HOUR, START - 24 * HOUR]),
        0,
      ),
    ).toBe(false);
  });
});
