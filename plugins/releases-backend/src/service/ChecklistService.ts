import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import type {
  ChecklistItem,
  Release,
} from '@releasekit/plugin-releases-common';
import type {
  AddChecklistItemRequest,
  AddComponentsRequest,
  UpdateChecklistItemRequest,
} from '../schema/openapi';

/** A release's scope (its components) and its readiness checklist. */
export interface ChecklistService {
  addComponents(
    id: string,
    input: AddComponentsRequest,
    credentials: BackstageCredentials,
  ): Promise<Release>;
  removeComponent(
    id: string,
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Release>;
  addChecklistItem(
    id: string,
    input: AddChecklistItemRequest,
    credentials: BackstageCredentials,
  ): Promise<ChecklistItem>;
  updateChecklistItem(
    id: string,
    itemId: string,
    input: UpdateChecklistItemRequest,
    credentials: BackstageCredentials,
  ): Promise<ChecklistItem>;
}
