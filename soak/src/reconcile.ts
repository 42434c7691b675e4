/**
 * The exactly-once reconciliation of the soak's revision-checked writes (ticks and release edits)
 * with what the database holds at the end. Every write carries a unique marker (`soak:<id>`, in the
 * item's note or the release's description), which its activity row repeats in `after`, so each
 * answer the client recorded can be matched to the rows it left, or did not leave.
 */

/** accepted: 200; refused: 409; failed: another status; unknown: no answer (the connection died). */
export type Outcome = 'accepted' | 'refused' | 'failed' | 'unknown';

export interface WriteAttempt {
  marker: string;
  kind: 'tick' | 'edit';
  releaseId: string;
  /** The ticked item (ticks only). */
  itemId?: string;
  /** The revision the write was sent with. */
  revision: number;
  outcome: Outcome;
}

/** A release_activity row of a watched release written during the soak. */
export interface ActivityRow {
  id: number;
  releaseId: string;
  /** The marker found in its `after` (note or description), if any. */
  marker?: string;
}

/** A watched release at the end, with its revision before the soak. */
export interface ReleaseEnd {
  id: string;
  revisionBefore: number;
  revisionAfter: number;
  description: string | null;
  /** Item id → note, for the items the soak ticked. */
  notes: Record<string, string | null>;
}

export interface Reconciliation {
  accepted: number;
  refused: number;
  failed: number;
  /** Unanswered writes, and how many of them the database shows as committed. */
  unknown: number;
  unknownCommitted: number;
  /** Accepted writes with no activity row. */
  lost: string[];
  /** Markers in more than one activity row. */
  duplicated: string[];
  /** Refused or failed writes that left a row or a value anyway. */
  refusedButWritten: string[];
  /** Two writes accepted on one release with the same revision: one overwrote the other unseen. */
  sameRevisionAccepted: string[];
  /** Activity rows of watched releases that no write of the soak explains. */
  unexplainedRows: number[];
  /** Releases whose revision moved by another amount than their activity rows. */
  revisionMismatches: string[];
  /** Items or releases whose final value is not the one their last activity row recorded. */
  stateMismatches: string[];
}

/** Whether a reconciliation found nothing wrong. */
export function reconciled(r: Reconciliation): boolean {
  return (
    r.lost.length === 0 &&
    r.duplicated.length === 0 &&
    r.refusedButWritten.length === 0 &&
    r.sameRevisionAccepted.length === 0 &&
    r.unexplainedRows.length === 0 &&
    r.revisionMismatches.length === 0 &&
    r.stateMismatches.length === 0
  );
}

export function reconcile(
  attempts: WriteAttempt[],
  rows: ActivityRow[],
  releases: ReleaseEnd[],
): Reconciliation {
  const byMarker = new Map(attempts.map(a => [a.marker, a]));
  const rowsByMarker = new Map<string, ActivityRow[]>();
  const unexplainedRows: number[] = [];
  for (const row of rows) {
    if (row.marker === undefined || !byMarker.has(row.marker)) {
      unexplainedRows.push(row.id);
      continue;
    }
    rowsByMarker.set(row.marker, [
      ...(rowsByMarker.get(row.marker) ?? []),
      row,
    ]);
  }
  const written = (marker: string) => rowsByMarker.get(marker)?.length ?? 0;
  const finalValues = new Set<string>();
  for (const release of releases) {
    if (release.description) finalValues.add(release.description);
    for (const note of Object.values(release.notes)) {
      if (note) finalValues.add(note);
    }
  }

  const result: Reconciliation = {
    accepted: 0,
    refused: 0,
    failed: 0,
    unknown: 0,
    unknownCommitted: 0,
    lost: [],
    duplicated: [],
    refusedButWritten: [],
    sameRevisionAccepted: [],
    unexplainedRows,
    revisionMismatches: [],
    stateMismatches: [],
  };
  const acceptedRevisions = new Map<string, string>();
  for (const attempt of attempts) {
    const count = written(attempt.marker);
    if (count > 1) result.duplicated.push(attempt.marker);
    switch (attempt.outcome) {
      case 'accepted': {
        result.accepted += 1;
        if (count === 0) result.lost.push(attempt.marker);
        const key = `${attempt.releaseId}@${attempt.revision}`;
        const other = acceptedRevisions.get(key);
        if (other) {
          result.sameRevisionAccepted.push(
            `${other} and ${attempt.marker} (${key})`,
          );
        }
        acceptedRevisions.set(key, attempt.marker);
        break;
      }
      case 'refused':
      case 'failed':
        result[attempt.outcome] += 1;
        if (count > 0 || finalValues.has(attempt.marker)) {
          result.refusedButWritten.push(attempt.marker);
        }
        break;
      case 'unknown':
        result.unknown += 1;
        if (count > 0) result.unknownCommitted += 1;
        break;
      default:
    }
  }

  for (const release of releases) {
    const own = rows.filter(r => r.releaseId === release.id);
    const moved = release.revisionAfter - release.revisionBefore;
    if (moved !== own.length) {
      result.revisionMismatches.push(
        `${release.id}: revision ${release.revisionBefore} → ${release.revisionAfter}, ${own.length} activity rows`,
      );
    }
    // The value each field holds is the one its latest activity row wrote.
    const latest = new Map<string, string>();
    for (const row of [...own].sort((a, b) => a.id - b.id)) {
      const attempt = row.marker ? byMarker.get(row.marker) : undefined;
      if (!attempt) continue;
      latest.set(
        attempt.kind === 'tick' ? `item ${attempt.itemId}` : 'description',
        attempt.marker,
      );
    }
    for (const [field, marker] of latest) {
      const value =
        field === 'description'
          ? release.description
          : release.notes[field.slice('item '.length)];
      if (value !== marker) {
        result.stateMismatches.push(
          `${release.id} ${field}: ${value ?? 'null'}, last written ${marker}`,
        );
      }
    }
  }
  return result;
}

/** A write that is not revision-checked (a deployment report, a new release) and its marker. */
export interface PlainWrite {
  marker: string;
  outcome: Outcome;
}

export interface OnceCount {
  accepted: number;
  /** Accepted writes the database does not hold. */
  lost: string[];
  /** Writes the database holds more than once. */
  duplicated: string[];
  /** Refused or failed writes the database holds anyway. */
  refusedButWritten: string[];
  unknown: number;
  unknownCommitted: number;
}

/** Each accepted write is in the database exactly once, each refused one not at all. */
export function countOnce(
  writes: PlainWrite[],
  rowsPerMarker: Map<string, number>,
): OnceCount {
  const result: OnceCount = {
    accepted: 0,
    lost: [],
    duplicated: [],
    refusedButWritten: [],
    unknown: 0,
    unknownCommitted: 0,
  };
  for (const write of writes) {
    const count = rowsPerMarker.get(write.marker) ?? 0;
    if (count > 1) result.duplicated.push(write.marker);
    if (write.outcome === 'accepted') {
      result.accepted += 1;
      if (count === 0) result.lost.push(write.marker);
    } else if (write.outcome === 'unknown') {
      result.unknown += 1;
      if (count > 0) result.unknownCommitted += 1;
    } else if (count > 0) {
      result.refusedButWritten.push(write.marker);
    }
  }
  return result;
}

export function countedOnce(r: OnceCount): boolean {
  return (
    r.lost.length === 0 &&
    r.duplicated.length === 0 &&
    r.refusedButWritten.length === 0
  );
}
