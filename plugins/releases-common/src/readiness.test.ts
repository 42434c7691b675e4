import {
  computeReadiness,
  readinessFromCounts,
  readinessPercent,
} from './readiness';
import type { ChecklistItemState } from './types';

const item = (
  componentRef: string | null,
  state: ChecklistItemState,
  required = true,
) => ({
  componentRef,
  state,
  required,
});

describe('computeReadiness', () => {
  it('rolls readiness up per component, for release-level items and for the release', () => {
    const readiness = computeReadiness(
      ['component:default/a', 'component:default/b', 'component:default/empty'],
      [
        item('component:default/a', 'done'),
        item('component:default/a', 'not_applicable'),
        item('component:default/a', 'open', false),
        item('component:default/b', 'open'),
        item('component:default/b', 'done'),
        item(null, 'done'),
        item(null, 'open', false),
      ],
    );
    expect(readiness.components).toEqual([
      {
        componentRef: 'component:default/a',
        ready: true,
        percent: 66,
        total: 3,
        settled: 2,
        requiredOpen: 0,
      },
      {
        componentRef: 'component:default/b',
        ready: false,
        percent: 50,
        total: 2,
        settled: 1,
        requiredOpen: 1,
      },
      {
        componentRef: 'component:default/empty',
        ready: true,
        percent: 100,
        total: 0,
        settled: 0,
        requiredOpen: 0,
      },
    ]);
    expect(readiness.release).toEqual({
      ready: true,
      percent: 50,
      total: 2,
      settled: 1,
      requiredOpen: 0,
    });
    expect(readiness).toMatchObject({
      ready: false,
      percent: 57,
      total: 7,
      settled: 4,
      requiredOpen: 1,
    });
  });

  it('is ready once every required item is settled, whatever optional items say', () => {
    const readiness = computeReadiness(
      ['component:default/a'],
      [
        item('component:default/a', 'done'),
        item('component:default/a', 'open', false),
        item(null, 'not_applicable'),
      ],
    );
    expect(readiness.ready).toBe(true);
    expect(readiness.percent).toBe(66);
  });

  it('a release-level required item keeps the release from being ready', () => {
    expect(computeReadiness([], [item(null, 'open')]).ready).toBe(false);
  });
});

describe('readinessPercent', () => {
  it('rounds down so that an open item never shows as 100%', () => {
    expect(readinessPercent(199, 200)).toBe(99);
    expect(readinessPercent(0, 0)).toBe(100);
    expect(readinessPercent(1, 3)).toBe(33);
  });
});

describe('readinessFromCounts', () => {
  it('applies the same rules to SQL counts as computeReadiness does to items', () => {
    const items = [
      item('c', 'done'),
      item('c', 'open'),
      item('c', 'open', false),
    ];
    const full = computeReadiness(['c'], items);
    expect(
      readinessFromCounts({ total: 3, settled: 1, requiredOpen: 1 }),
    ).toEqual({
      ready: full.ready,
      percent: full.percent,
      total: full.total,
      settled: full.settled,
      requiredOpen: full.requiredOpen,
    });
  });
});
