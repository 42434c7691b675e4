import type {
  AuditorService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import { auditedWork } from '../router/auditedWork';
import { nulCharacterError } from '../router/refuseNulCharacters';
import { actorOf } from '../service/actor';

/**
 * What the HTTP API does around its handlers (router/respond.ts), done for an action: the registry
 * checks the input against the action's schema and passes the caller's credentials, but it knows
 * nothing of NUL characters, of writes reserved to users, or of the plugin's audit events.
 */
export interface ActionGuards {
  /** Reads: any authenticated caller, as GET routes allow. */
  read<T>(input: object, work: () => Promise<T>): Promise<T>;
  /**
   * Writes: users only unless `anyCaller` (as the route allows), recorded by Backstage's auditor
   * under the route's event id, success or failure.
   */
  write<T>(
    options: {
      action: string;
      input: object;
      credentials: BackstageCredentials;
      audit: { eventId: string; meta: JsonObject };
      anyCaller?: boolean;
    },
    work: () => Promise<T>,
  ): Promise<T>;
}

export function createActionGuards(auditor: AuditorService): ActionGuards {
  const refuseNul = (input: object) => {
    const error = nulCharacterError(input);
    if (error) throw error;
  };
  return {
    async read(input, work) {
      refuseNul(input);
      return work();
    },
    async write({ action, input, credentials, audit, anyCaller }, work) {
      refuseNul(input);
      const principal = (credentials.principal as { type: string }).type;
      // The route refuses other callers with httpAuth's allow: ['user']; say the same here.
      if (!anyCaller && principal !== 'user') {
        throw new NotAllowedError(
          `releases:${action} acts for a signed-in user; a ${principal} principal may not call it`,
        );
      }
      // No request to attach (the call may come over MCP or from another plugin): the actor and the
      // channel go into the event itself.
      return auditedWork(
        auditor,
        {
          eventId: audit.eventId,
          severityLevel: 'medium',
          meta: {
            ...audit.meta,
            actor: actorOf(credentials),
            via: `action releases:${action}`,
          },
        },
        work,
      );
    },
  };
}
