import type {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import type { TypedRouter } from '@backstage/backend-openapi-utils';
import type { JsonObject } from '@backstage/types';
import type { Request, Response } from 'express';
import type { EndpointMap } from '../schema/openapi';
import { auditedWork } from './auditedWork';
import { sendLargeJson } from './sendJson';

/** The router of the API, typed by the spec: request and answer types come from openapi.yaml. */
export type ReleasesRouter = TypedRouter<EndpointMap>;

/**
 * A PATCH handler typed by its endpoint: TypedRouter types GET, POST, PUT and DELETE routes only,
 * so a PATCH route names its generated endpoint type (e.g. `patchHandler<UpdateRelease>(...)`).
 */
export function patchHandler<
  E extends { path: object; body: object; response: unknown },
>(
  handler: (
    req: Request<E['path'], E['response'], E['body']>,
    res: Response<E['response']>,
  ) => Promise<void>,
) {
  return handler;
}

/** How one route answers. */
export interface Answer {
  /** Users only (writes and personal things), or any caller: a user or a service. */
  caller: 'user' | 'any';
  /** Security-relevant writes are also recorded by Backstage's auditor, success or failure. */
  audit?: { eventId: string; meta: JsonObject };
  /**
   * 200 by default; 204 sends no body. A function picks it from the result, for writes that may
   * create a resource or find it there already (201 or 200).
   */
  status?: 200 | 201 | 204 | ((result: never) => 200 | 201);
  /** For answers that can reach hundreds of kilobytes: see sendJson.ts. */
  large?: boolean;
}

/** A read, by any caller. */
export const read: Answer = { caller: 'any' };

/** A write by a user: recorded by the auditor when it names an event. */
export function write(
  status?: Answer['status'],
  audit?: { eventId: string; meta: JsonObject },
): Answer {
  return { caller: 'user', status, audit };
}

/** A security-relevant write by a user, recorded by Backstage's auditor as `eventId`. */
export function audited(
  eventId: string,
  meta: JsonObject,
  status?: Answer['status'],
): Answer {
  return write(status, { eventId, meta });
}

/**
 * The one shape of every handler: take the caller's credentials, do the work (inside an audit event
 * when the answer says so), and answer. The work's result type is the route's answer type, so the
 * typed router checks every answer against the spec.
 */
export type Respond = <T>(
  req: Request<any, any, any, any, any>,
  res: Response<T>,
  answer: Answer,
  work: (credentials: BackstageCredentials) => Promise<T>,
) => Promise<void>;

export function createResponder(options: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
}): Respond {
  const { httpAuth, auditor } = options;

  return async (req, res, answer, work) => {
    const credentials =
      answer.caller === 'user'
        ? await httpAuth.credentials(req, { allow: ['user'] })
        : await httpAuth.credentials(req);
    const result = answer.audit
      ? await auditedWork(
          auditor,
          {
            eventId: answer.audit.eventId,
            request: req,
            severityLevel: 'medium',
            meta: answer.audit.meta,
          },
          () => work(credentials),
        )
      : await work(credentials);
    const status =
      typeof answer.status === 'function'
        ? answer.status(result as never)
        : answer.status ?? 200;
    if (status === 204) {
      res.status(204).end();
    } else if (answer.large) {
      res.status(status);
      sendLargeJson(res, result as object);
    } else {
      res.status(status).json(result);
    }
  };
}
