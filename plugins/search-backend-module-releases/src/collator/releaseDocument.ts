import type { IndexableDocument } from '@backstage/plugin-search-common';
import {
  type ReleaseSearchDocument,
  type ReleaseSummary,
  STATUS_LABELS,
} from '@releasekit/plugin-releases-common';

/**
 * A release document with the resource ref that search's permission filter checks.
 *
 * @public
 */
export type ReleaseIndexableDocument = ReleaseSearchDocument &
  IndexableDocument & { authorization: { resourceRef: string } };

/** The frontend's release page, as the Releases plugin mounts it by default. */
export const DEFAULT_LOCATION_TEMPLATE = '/releases/:releaseId';

/**
 * An entity as people name it: `checkout-service` for `component:default/checkout-service`, the
 * namespace kept when it is not the default one. A ref that does not parse is kept as it is.
 */
export function entityName(ref: string): string {
  const match = /^[^:/]+:(?:([^/]+)\/)?(.+)$/.exec(ref);
  if (!match) return ref;
  const [, namespace, name] = match;
  return namespace && namespace !== 'default' ? `${namespace}/${name}` : name;
}

/**
 * Markdown as the words it shows, for the index and the result's snippet: no heading or list
 * markers, emphasis, code fences or link targets (a URL's parts would match unrelated searches).
 */
export function markdownToText(markdown: string): string {
  return (
    markdown
      .replace(/```[^\n]*\n?/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^[ \t]{0,3}(#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
      .replace(/(\*\*|\*|~~|`)(\S(?:[^\n]*?\S)?)\1/g, '$2')
      // Underscores only around words: snake_case names keep theirs.
      .replace(/(^|\W)(__?)(\S(?:[^\n]*?\S)?)\2(?!\w)/g, '$1$3')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** "2026-12-01 09:00 – 13:00 UTC", or with both dates when the window spans midnight (UTC). */
export function windowText(windowStart: string, windowEnd: string): string {
  const start = new Date(windowStart).toISOString();
  const end = new Date(windowEnd).toISOString();
  const endText =
    start.slice(0, 10) === end.slice(0, 10) ? end.slice(11, 16) : minute(end);
  return `${minute(start)} – ${endText} UTC`;
}

/** The facts of a release in a sentence each, after its description. */
function factsText(release: ReleaseSummary): string {
  const components = release.components.map(entityName).join(', ');
  return [
    `Version ${release.version}, ${STATUS_LABELS[release.status]}.`,
    `Window ${windowText(release.windowStart, release.windowEnd)}.`,
    components ? `Components: ${components}.` : '',
    `Owner: ${entityName(release.owner)}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A release as a search document: its title, its description then its facts as text, the fields the
 * result item shows, and its id as the resource ref for the read permission (the ref the Releases
 * backend registers for the `release` resource type).
 *
 * @public
 */
export function toReleaseDocument(
  release: ReleaseSummary,
  locationTemplate: string = DEFAULT_LOCATION_TEMPLATE,
): ReleaseIndexableDocument {
  const description = markdownToText(release.description ?? '');
  return {
    title: release.title,
    text: [description, factsText(release)].filter(Boolean).join('\n\n'),
    location: locationTemplate.replace(
      ':releaseId',
      encodeURIComponent(release.id),
    ),
    version: release.version,
    status: release.status,
    windowStart: release.windowStart,
    windowEnd: release.windowEnd,
    owner: release.owner,
    components: release.components,
    authorization: { resourceRef: release.id },
  };
}
