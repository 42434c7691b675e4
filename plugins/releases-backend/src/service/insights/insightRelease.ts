import type { InsightRelease } from '@releasekit/plugin-releases-common';
import type { StoredReleaseSummary } from '../../database/types';

/** What an insight says of another release: enough for a client to name it and place it in time. */
export function insightRelease(r: StoredReleaseSummary): InsightRelease {
  return {
    id: r.id,
    title: r.title,
    version: r.version,
    status: r.status,
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
  };
}

/** "Payments 5.2.0": how the `message` fields, kept for older clients, name a release. */
export function releaseLabel(r: { title: string; version: string }) {
  return `${r.title} ${r.version}`;
}
