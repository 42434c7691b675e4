import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { InsightRelease } from '@releasekit/plugin-releases-common';
import { Fragment } from 'react';
import { formatRelative } from '../../../formatting';
import { releaseRouteRef } from '../../../routes';
import { formatMoment, formatSpan, relativeSpan } from './insightWording';

/** Pieces the insight sentences are made of: entities, releases and times, named as people name them. */

/** Entities by their catalog title, as links, listed as English lists them: "A", "A and B", "A, B and C". */
export function Entities(props: { refs: string[]; defaultKind?: string }) {
  const { refs, defaultKind } = props;
  return (
    <>
      {refs.map((ref, index) => (
        <Fragment key={ref}>
          {index > 0 && (index === refs.length - 1 ? ' and ' : ', ')}
          <EntityRefLink entityRef={ref} defaultKind={defaultKind} />
        </Fragment>
      ))}
    </>
  );
}

/** Another release by title and version, linking to its page; "another release" when the answer does not name it. */
export function ReleaseName(props: { release?: InsightRelease }) {
  const { release } = props;
  const releaseLink = useRouteRef(releaseRouteRef);
  if (!release) return <>another release</>;
  return (
    <Link to={releaseLink({ releaseId: release.id })}>
      {release.title} {release.version}
    </Link>
  );
}

/** A span of time in the viewer's locale and zone, and where now stands to it. */
export function Span(props: { start: string; end: string }) {
  const { start, end } = props;
  return (
    <>
      <time dateTime={start}>{formatSpan(start, end)}</time> (
      {relativeSpan(start, end)})
    </>
  );
}

/** A moment in the viewer's locale and zone, and how far it is from now. */
export function Moment(props: { at: string }) {
  return (
    <>
      <time dateTime={props.at}>{formatMoment(props.at)}</time> (
      {formatRelative(props.at)})
    </>
  );
}
