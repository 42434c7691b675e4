import { findConflicts, type ConflictRelease } from './conflicts';

const c = (name: string, owner: string, system: string) => ({
  entityRef: `component:default/${name}`,
  ownerRef: `group:default/${owner}`,
  systemRef: `system:default/${system}`,
});

function release(
  id: string,
  start: string,
  end: string,
  overrides: Partial<ConflictRelease> = {},
): ConflictRelease {
  return {
    id,
    title: id,
    version: '1.0',
    status: 'planned',
    owner: `group:default/team-${id}`,
    windowStart: `2026-12-01T${start}:00.000Z`,
    windowEnd: `2026-12-01T${end}:00.000Z`,
    components: [],
    ...overrides,
  };
}

describe('findConflicts', () => {
  it('finds the same component in overlapping windows, with the overlap', () => {
    const a = release('a', '09:00', '12:00', {
      components: [c('cart', 'checkout', 'shop')],
    });
    const b = release('b', '11:00', '14:00', {
      components: [c('cart', 'checkout', 'shop')],
    });
    const later = release('c', '12:00', '13:00', {
      components: [c('cart', 'checkout', 'shop')],
    });
    const conflicts = findConflicts({ releases: [a, b, later], freezes: [] });
    expect(conflicts).toEqual([
      expect.objectContaining({
        kind: 'same_component',
        releaseIds: ['a', 'b'],
        entityRefs: ['component:default/cart'],
        overlap: {
          start: '2026-12-01T11:00:00.000Z',
          end: '2026-12-01T12:00:00.000Z',
        },
      }),
      // a ends at 12:00 when c starts: touching is not overlapping, but b and c overlap.
      expect.objectContaining({
        kind: 'same_component',
        releaseIds: ['b', 'c'],
      }),
    ]);
  });

  it('finds freezes by component, system, owning group or organisation-wide', () => {
    const r = release('r', '09:00', '12:00', {
      components: [
        c('cart', 'checkout', 'shop'),
        c('ledger', 'payments', 'money'),
      ],
    });
    const freeze = (id: string, entityRefs: string[]) => ({
      freezeId: id,
      title: id,
      reason: 'peak',
      start: '2026-12-01T11:00:00.000Z',
      end: '2026-12-02T00:00:00.000Z',
      entityRefs,
    });
    const conflicts = findConflicts({
      releases: [r],
      freezes: [
        freeze('by-system', ['system:default/money']),
        freeze('by-group', ['group:default/checkout']),
        freeze('by-component', ['component:default/cart']),
        freeze('everyone', []),
        freeze('elsewhere', ['system:default/other']),
      ],
    });
    expect(conflicts.map(x => [x.freezeId, x.entityRefs])).toEqual([
      ['by-system', ['component:default/ledger']],
      ['by-group', ['component:default/cart']],
      ['by-component', ['component:default/cart']],
      ['everyone', ['component:default/cart', 'component:default/ledger']],
    ]);
    expect(conflicts[3].message).toContain('whole organisation');
  });

  it('finds dependent components of different teams and one owner running two releases', () => {
    const a = release('a', '09:00', '12:00', {
      owner: 'group:default/x',
      components: [c('web', 'checkout', 'shop')],
    });
    const b = release('b', '10:00', '11:00', {
      owner: 'group:default/x',
      components: [c('api', 'payments', 'money')],
    });
    const conflicts = findConflicts({
      releases: [a, b],
      freezes: [],
      dependsOn: new Map([
        ['component:default/web', ['component:default/api']],
      ]),
    });
    expect(conflicts.map(x => x.kind)).toEqual([
      'owner_overlap',
      'dependency_overlap',
    ]);
    expect(conflicts[1].entityRefs).toEqual([
      'component:default/web',
      'component:default/api',
    ]);
  });

  it('ignores drafts and finished releases', () => {
    const a = release('a', '09:00', '12:00', {
      status: 'draft',
      components: [c('cart', 'checkout', 'shop')],
    });
    const b = release('b', '09:00', '12:00', {
      status: 'released',
      components: [c('cart', 'checkout', 'shop')],
    });
    const d = release('d', '09:00', '12:00', {
      components: [c('cart', 'checkout', 'shop')],
    });
    expect(findConflicts({ releases: [a, b, d], freezes: [] })).toEqual([]);
  });
});

describe('findConflicts over many releases', () => {
  it('reports exactly the overlapping pairs, in input order, whatever order the windows come in', () => {
    // A fixed pseudo-random sequence, so a failure can be replayed.
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = Date.parse('2026-12-01T00:00:00Z');
    const hour = 3_600_000;
    const windows = Array.from({ length: 120 }, () => {
      const start = base + Math.floor(next() * 24 * 30) * hour;
      return { start, end: start + (1 + Math.floor(next() * 72)) * hour };
    });
    const releases = windows.map((w, i) =>
      release(`r${i}`, '00:00', '01:00', {
        owner: 'group:default/one-team',
        windowStart: new Date(w.start).toISOString(),
        windowEnd: new Date(w.end).toISOString(),
      }),
    );

    const expected: string[][] = [];
    for (let i = 0; i < windows.length; i++) {
      for (let j = i + 1; j < windows.length; j++) {
        if (
          Math.max(windows[i].start, windows[j].start) <
          Math.min(windows[i].end, windows[j].end)
        ) {
          expected.push([`r${i}`, `r${j}`]);
        }
      }
    }
    const found = findConflicts({ releases, freezes: [] });
    expect(expected.length).toBeGreaterThan(100);
    expect(found.every(f => f.kind === 'owner_overlap')).toBe(true);
    expect(found.map(f => f.releaseIds)).toEqual(expected);
  });
});

describe('findConflicts between teams', () => {
  it('finds the same component in overlapping windows of different owners, and nothing else', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = Date.parse('2026-12-01T00:00:00Z');
    const hour = 3_600_000;
    const plans = Array.from({ length: 150 }, (_, i) => {
      const start = base + Math.floor(next() * 24 * 30) * hour;
      return {
        start,
        end: start + (1 + Math.floor(next() * 72)) * hour,
        component: `svc-${Math.floor(next() * 8)}`,
        owner: `team-${i}`,
      };
    });
    const releases = plans.map((p, i) =>
      release(`r${i}`, '00:00', '01:00', {
        owner: `group:default/${p.owner}`,
        windowStart: new Date(p.start).toISOString(),
        windowEnd: new Date(p.end).toISOString(),
        components: [c(p.component, p.owner, 'shop')],
      }),
    );

    const expected: string[][] = [];
    for (let i = 0; i < plans.length; i++) {
      for (let j = i + 1; j < plans.length; j++) {
        const overlaps =
          Math.max(plans[i].start, plans[j].start) <
          Math.min(plans[i].end, plans[j].end);
        if (overlaps && plans[i].component === plans[j].component) {
          expected.push([`r${i}`, `r${j}`]);
        }
      }
    }
    const found = findConflicts({ releases, freezes: [] });
    expect(expected.length).toBeGreaterThan(50);
    expect(found.every(f => f.kind === 'same_component')).toBe(true);
    expect(found.map(f => f.releaseIds)).toEqual(expected);
  });
});
