import { InputError } from '@backstage/errors';
import type { NextFunction, Request, Response } from 'express';

/** Where the first NUL character in a request value sits, as `field` or `field.sub[2]`; if any. */
function nulIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulIn(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = nulIn(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The error for the first NUL character in these request values (query, body, an action's input),
 * if any: its message starts with the field, as the frontend's forms read it.
 */
export function nulCharacterError(
  ...values: unknown[]
): InputError | undefined {
  for (const value of values) {
    const field = nulIn(value, '');
    if (field) {
      // The top-level field leads, as the forms read it; a nested place follows.
      const top = /^[^.[]+/.exec(field)![0];
      const at = field === top ? '' : ` (at ${field})`;
      return new InputError(`${top}: must not contain NUL characters${at}`);
    }
  }
  return undefined;
}

/**
 * No text the API takes may carry a NUL character, whichever field it comes in: PostgreSQL refuses
 * them in text columns (a 500 there), SQLite and MySQL store them, the ICS feed would write them raw,
 * and a search for one matches nothing. One check for every route, before any handler, so a new
 * field cannot forget it. The actions registry's actions (actions/) check their input the same way.
 */
export function refuseNulCharacters(
  req: Request,
  _res: Response,
  next: NextFunction,
): void {
  next(nulCharacterError(req.query, req.body));
}
