import {
  type ActivityRow,
  countedOnce,
  countOnce,
  reconcile,
  reconciled,
  type ReleaseEnd,
  type WriteAttempt,
} from './reconcile';

const tick = (
  marker: string,
  revision: number,
  outcome: WriteAttempt['outcome'],
  itemId = 'i1',
): WriteAttempt => ({
  marker,
  kind: 'tick',
  releaseId: 'r1',
  itemId,
  revision,
  outcome,
});
const edit = (
  marker: string,
  revision: number,
  outcome: WriteAttempt['outcome'],
): WriteAttempt => ({
  marker,
  kind: 'edit',
  releaseId: 'r1',
  revision,
  outcome,
});
const row = (id: number, marker?: string): ActivityRow => ({
  id,
  releaseId: 'r1',
  marker,
});
const end = (over: Partial<ReleaseEnd> = {}): ReleaseEnd => ({
  id: 'r1',
  revisionBefore: 1,
  revisionAfter: 3,
  description: 'soak:e1',
  notes: { i1: 'soak:t1' },
  ...over,
});

describe('reconcile', () => {
  it('accepts a history where every answer matches the database', () => {
    const r = reconcile(
      [
        tick('soak:t1', 1, 'accepted'),
        edit('soak:e1', 2, 'accepted'),
        edit('soak:e2', 2, 'refused'),
      ],
      [row(10, 'soak:t1'), row(11, 'soak:e1')],
      [end()],
    );
    expect(reconciled(r)).toBe(true);
    expect(r).toMatchObject({ accepted: 2, refused: 1 });
  });

  it('finds an accepted write with no activity row (lost)', () => {
    const r = reconcile(
      [tick('soak:t1', 1, 'accepted'), edit('soak:e1', 2, 'accepted')],
      [row(11, 'soak:e1')],
      [end({ revisionAfter: 2 })],
    );
    expect(r.lost).toEqual(['soak:t1']);
    expect(reconciled(r)).toBe(false);
  });

  it('finds a write recorded twice', () => {
    const r = reconcile(
      [tick('soak:t1', 1, 'accepted')],
      [row(10, 'soak:t1'), row(11, 'soak:t1')],
      [end({ revisionAfter: 3, description: null })],
    );
    expect(r.duplicated).toEqual(['soak:t1']);
  });

  it('finds a 409 that wrote anyway, in the trail or in the value', () => {
    const inTrail = reconcile(
      [tick('soak:t1', 1, 'refused')],
      [row(10, 'soak:t1')],
      [end({ revisionAfter: 2, description: null })],
    );
    expect(inTrail.refusedButWritten).toEqual(['soak:t1']);
    const inValue = reconcile(
      [tick('soak:t1', 1, 'refused')],
      [],
      [end({ revisionAfter: 1, description: null })],
    );
    expect(inValue.refusedButWritten).toEqual(['soak:t1']);
  });

  it('finds two writes accepted on one revision (a lost update)', () => {
    const r = reconcile(
      [edit('soak:e0', 1, 'accepted'), edit('soak:e1', 1, 'accepted')],
      [row(10, 'soak:e0'), row(11, 'soak:e1')],
      [end({ notes: {} })],
    );
    expect(r.sameRevisionAccepted).toEqual(['soak:e0 and soak:e1 (r1@1)']);
  });

  it('finds a revision that moved by more or less than the activity rows', () => {
    const r = reconcile(
      [tick('soak:t1', 1, 'accepted')],
      [row(10, 'soak:t1')],
      [end({ revisionAfter: 4, description: null })],
    );
    expect(r.revisionMismatches).toHaveLength(1);
  });

  it('finds a final value other than the last activity row wrote (half-written)', () => {
    const r = reconcile(
      [tick('soak:t1', 1, 'accepted'), tick('soak:t2', 2, 'accepted')],
      [row(10, 'soak:t1'), row(11, 'soak:t2')],
      [end({ description: null, notes: { i1: 'soak:t1' } })],
    );
    expect(r.stateMismatches).toEqual([
      'r1 item i1: soak:t1, last written soak:t2',
    ]);
  });

  it('finds activity rows no write of the soak explains', () => {
    const r = reconcile(
      [],
      [row(10)],
      [end({ revisionAfter: 2, description: null, notes: {} })],
    );
    expect(r.unexplainedRows).toEqual([10]);
  });

  it('counts unanswered writes as committed or not, never as a failure by themselves', () => {
    const r = reconcile(
      [tick('soak:t1', 1, 'unknown'), tick('soak:t2', 1, 'unknown', 'i2')],
      [row(10, 'soak:t1')],
      [
        end({
          revisionAfter: 2,
          description: null,
          notes: { i1: 'soak:t1', i2: null },
        }),
      ],
    );
    expect(r).toMatchObject({ unknown: 2, unknownCommitted: 1 });
    expect(reconciled(r)).toBe(true);
  });
});

describe('countOnce', () => {
  it('holds when each accepted write is there once and each refused one is not', () => {
    const r = countOnce(
      [
        { marker: 'a', outcome: 'accepted' },
        { marker: 'b', outcome: 'failed' },
        { marker: 'c', outcome: 'unknown' },
      ],
      new Map([
        ['a', 1],
        ['c', 1],
      ]),
    );
    expect(countedOnce(r)).toBe(true);
    expect(r).toMatchObject({ accepted: 1, unknown: 1, unknownCommitted: 1 });
  });

  it('finds missing, doubled and refused-but-written records', () => {
    const r = countOnce(
      [
        { marker: 'a', outcome: 'accepted' },
        { marker: 'b', outcome: 'accepted' },
        { marker: 'c', outcome: 'refused' },
      ],
      new Map([
        ['b', 2],
        ['c', 1],
      ]),
    );
    expect(r).toMatchObject({
      lost: ['a'],
      duplicated: ['b'],
      refusedButWritten: ['c'],
    });
    expect(countedOnce(r)).toBe(false);
  });
});
