import type { ReleaseStatus } from './types';

/**
 * The type of release documents in Backstage search: the collator's document type and index name,
 * and what the frontend's result item recognises.
 *
 * @public
 */
export const RELEASE_SEARCH_TYPE = 'release';

/**
 * A release as Backstage search indexes it (the search module of the Releases plugin collates them)
 * and as the frontend's result item reads it back.
 *
 * @public
 */
export interface ReleaseSearchDocument {
  /** The release's title, without its version. */
  title: string;
  /** The description as plain text, then the version, status, window, components and owner. */
  text: string;
  /** The release's page in the portal, e.g. `/releases/<id>`. */
  location: string;
  version: string;
  status: ReleaseStatus;
  /** ISO 8601. */
  windowStart: string;
  /** ISO 8601. */
  windowEnd: string;
  /** The owning user or group's entity ref. */
  owner: string;
  /** The components' entity refs. */
  components: string[];
}
