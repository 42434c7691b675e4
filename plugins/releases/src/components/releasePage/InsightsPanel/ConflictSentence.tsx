import type { Conflict } from '@releasekit/plugin-releases-common';
import { Entities, ReleaseName, Span } from './InsightParts';
import { plural } from './insightWording';

/** The freeze a conflict falls in, with what it covers. */
function FreezeName(props: { conflict: Conflict }) {
  const { freeze } = props.conflict;
  if (!freeze) return <>a freeze</>;
  return (
    <>
      the freeze “{freeze.title}” ({freeze.reason}), which covers{' '}
      {freeze.entityRefs.length === 0 ? (
        'the whole organisation'
      ) : (
        <Entities refs={freeze.entityRefs} />
      )}
    </>
  );
}

/**
 * One scheduling conflict of this release as a sentence. A draft's conflicts are the ones it would
 * have once planned, so they speak in the conditional.
 */
export function ConflictSentence(props: { conflict: Conflict }) {
  const { conflict } = props;
  const would = conflict.prospective === true;
  const other = conflict.releases?.[0];
  const when = (
    <Span start={conflict.overlap.start} end={conflict.overlap.end} />
  );
  const refs = conflict.entityRefs;
  switch (conflict.kind) {
    case 'same_component':
      return (
        <>
          This release {would ? 'would ship' : 'ships'} <Entities refs={refs} />{' '}
          while <ReleaseName release={other} /> {would ? 'would' : 'does'} too:{' '}
          {when}.
        </>
      );
    case 'owner_overlap':
      return (
        <>
          <Entities refs={refs} defaultKind="group" />{' '}
          {would ? 'would run' : 'runs'} this release and{' '}
          <ReleaseName release={other} /> at the same time: {when}.
        </>
      );
    case 'dependency_overlap':
      return (
        <>
          This release and <ReleaseName release={other} />{' '}
          {would ? 'would release' : 'release'} components owned by different
          teams that depend on each other (<Entities refs={refs} />) at the same
          time: {when}.
        </>
      );
    case 'freeze':
      return (
        <>
          This release {would ? 'would fall' : 'falls'} in{' '}
          <FreezeName conflict={conflict} />: <Entities refs={refs} />{' '}
          {would ? 'would be' : plural(refs.length, 'is', 'are')} frozen {when}.
        </>
      );
    default:
      return (
        <>
          This release {would ? 'would collide' : 'collides'} with another over{' '}
          <Entities refs={refs} />: {when}.
        </>
      );
  }
}
