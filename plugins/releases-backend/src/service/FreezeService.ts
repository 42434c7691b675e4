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
