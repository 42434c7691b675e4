import { InputError } from '@backstage/errors';

/**
 * The one rule for text a value is required in (titles, versions, rationales): stored trimmed, and
 * refused when nothing is left, since a release titled "   " cannot be told apart from another.
 * The spec's minLength lets spaces through, so the rule lives here, where the message can name the
 * field the way the frontend's forms read it (`field: message`).
 */
export function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw new InputError(`${field}: must not be blank`);
  return text;
}

/** Entries of a list that each need a title (risks, incidents, action items), titles trimmed. */
export function withRequiredTitles<T extends { title: string }>(
  entries: T[],
  field: string,
): T[] {
  return entries.map((entry, index) => {
    const title = entry.title.trim();
    if (!title) {
      throw new InputError(
        `${field}: the title of entry ${index + 1} must not be blank`,
      );
    }
    return { ...entry, title };
  });
}
