import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** Kinds of the catalog that report results in person; anything else is a service principal. */
const PEOPLE_KINDS = new Set(['user', 'group']);

/**
 * Who reported a check result: a user or team as a link to their catalog page, a pipeline or a
 * check provider by its subject as plain text. Subjects such as `external:github-actions` read
 * like entity refs but name no catalog entity, so only people's kinds become links.
 */
export function ReportedBy(props: {
  by: string;
  /** Inside a sentence the link is underlined: it must not differ from the text by colour alone. */
  inText?: boolean;
}) {
  const { by, inText } = props;
  let kind: string | undefined;
  try {
    kind = parseEntityRef(by).kind.toLocaleLowerCase('en-US');
  } catch {
    // No kind at all (e.g. github-actions): a subject, said as it is.
  }
  if (!kind || !PEOPLE_KINDS.has(kind)) return <>{by}</>;
  return (
    <EntityRefLink entityRef={by} underline={inText ? 'always' : undefined} />
  );
}
