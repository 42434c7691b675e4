import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  FreezeOccurrence,
  FreezeWindow,
} from '@releasekit/plugin-releases-common';
import type { FreezeInput, FreezeUpdate, ListFreezes } from '../schema/openapi';

/** The query of GET /freezes: with both ends of a range, the freezes with an occurrence in it. */
export type ListFreezesQuery = ListFreezes['query'];

export interface ActiveFreezes {
  entityRef: string;
  frozen: boolean;
  windows: FreezeOccurrence[];
}

/** Whether an entity is frozen now, and the next freeze to cover it (for assistants planning ahead). */
export interface FreezeStatus extends ActiveFreezes {
  /** The first occurrence starting after now within FREEZE_LOOKAHEAD_DAYS; null when there is none. */
  next: FreezeOccurrence | null;
}

/** How far ahead `status` looks for the next freeze: a year covers every yearly freeze. */
export const FREEZE_LOOKAHEAD_DAYS = 366;

/** Freeze windows from the API and from app-config. */
export interface FreezeService {
  list(
    query: ListFreezesQuery,
    credentials: BackstageCredentials,
  ): Promise<FreezeWindow[]>;
  /** Whether an entity is frozen now, for CI pipelines. */
  activeFor(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<ActiveFreezes>;
  /** As activeFor, with the next freeze that will cover the entity. */
  status(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<FreezeStatus>;
  create(
    input: FreezeInput,
    credentials: BackstageCredentials,
  ): Promise<FreezeWindow>;
  update(
    id: string,
    input: FreezeUpdate,
    credentials: BackstageCredentials,
  ): Promise<FreezeWindow>;
  delete(id: string, credentials: BackstageCredentials): Promise<void>;
}
