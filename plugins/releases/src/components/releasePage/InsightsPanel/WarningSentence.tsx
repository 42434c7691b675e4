import type { InsightWarning } from '@releasekit/plugin-releases-common';
import { Entities, Moment, ReleaseName } from './InsightParts';
import { plural } from './insightWording';

export interface WarningSentenceProps {
  warning: InsightWarning;
  /** The release is finished: the sentence tells what was, not what to do. */
  finished: boolean;
  /** The release is in progress: it has started, rather than starts. */
  started: boolean;
}

/** "Checkout Service depends on Payments SDK, which …", with the verb agreeing with the dependents. */
function OrderingRisk(props: WarningSentenceProps) {
  const { warning, started } = props;
  const dependents = warning.dependents ?? [];
  const dependencies = warning.dependencies ?? [];
  const other = warning.releases?.[0];
  if (dependents.length === 0 || dependencies.length === 0) {
    return (
      <>
        The order of <Entities refs={warning.entityRefs} /> and{' '}
        <ReleaseName release={other} /> needs a look.
      </>
    );
  }
  const head = (
    <>
      <Entities refs={dependents} />{' '}
      {plural(dependents.length, 'depends', 'depend')} on{' '}
      <Entities refs={dependencies} />
    </>
  );
  if (warning.cause === 'in_progress_not_ready') {
    return (
      <>
        {head}, which <ReleaseName release={other} /> is releasing now and is
        not ready yet.
      </>
    );
  }
  return (
    <>
      {head}, which <ReleaseName release={other} /> releases until{' '}
      {other ? <Moment at={other.windowEnd} /> : 'later'}, after this release{' '}
      {started ? 'started' : 'starts'}.
    </>
  );
}

/** One warning about the release as a sentence, in the past tense once the release is finished. */
export function WarningSentence(props: WarningSentenceProps) {
  const { warning, finished } = props;
  switch (warning.kind) {
    case 'ordering_risk':
      return <OrderingRisk {...props} />;
    case 'uninformed_dependents': {
      const team = warning.team ?? warning.entityRefs[0];
      const dependents = warning.dependents ?? warning.entityRefs.slice(1);
      const depend = plural(dependents.length, 'depends', 'depend');
      return (
        <>
          <Entities refs={[team]} defaultKind="group" /> owns{' '}
          <Entities refs={dependents} />, which{' '}
          {finished ? (
            <>depended on this release, and was not a stakeholder.</>
          ) : (
            <>{depend} on this release, and is not a stakeholder: tell them.</>
          )}
        </>
      );
    }
    case 'dependency_cycle':
      return (
        <>
          <Entities refs={warning.entityRefs} /> depend on each other in a
          cycle; the suggested order {finished ? 'released' : 'releases'} them
          together, in the order they were added.
        </>
      );
    default:
      return (
        <>
          A warning about <Entities refs={warning.entityRefs} />.
        </>
      );
  }
}
