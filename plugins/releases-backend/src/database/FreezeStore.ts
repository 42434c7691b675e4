import type { FreezeWindow } from '@releasekit/plugin-releases-common';

/** The columns of a freeze window that a write may set; times in epoch ms. */
export interface FreezeFields {
  title?: string;
  reason?: string;
  start?: number;
  end?: number;
  recurrence?: string | null;
  entityRefs?: string[];
}

export type NewFreeze = Required<FreezeFields> & { id: string };

export interface FreezeUpdateRequest {
  id: string;
  /** The revision the caller read; a different one is a 409. */
  expectedRevision: number;
  fields: FreezeFields;
  at: number;
}

/** Persistence of freeze windows declared through the API (app-config ones are not stored). */
export interface FreezeStore {
  /** All freezes, or those that can have an occurrence in [from, to) (epoch ms). */
  list(range?: { from: number; to: number }): Promise<FreezeWindow[]>;
  get(id: string): Promise<FreezeWindow | undefined>;
  insert(freeze: NewFreeze, actor: string, at: number): Promise<void>;
  /** 409 for a stale revision, 404 when the freeze is gone. */
  update(request: FreezeUpdateRequest): Promise<void>;
  delete(id: string): Promise<boolean>;
}
