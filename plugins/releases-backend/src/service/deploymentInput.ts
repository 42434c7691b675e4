import { InputError } from '@backstage/errors';
import type {
  DeploymentEnvironment,
  DeploymentInput,
  DeploymentStatus,
} from '@releasekit/plugin-releases-common';
import { normalizeEntityRef } from './entityRefs';
import { parseTimestamp } from './windows';

/** A deployment report checked and normalised, its times in epoch ms. */
export interface NormalizedDeployment {
  entityRef: string;
  version: string;
  environment: string;
  status: DeploymentStatus;
  url?: string;
  commit?: string;
  startedAt?: number;
  finishedAt?: number;
  releaseId?: string;
}

/** The one answer for a named release that is missing, not readable or without the component. */
export function noSuchRelease(releaseId: string, entityRef: string) {
  return new InputError(
    `releaseId: there is no release ${releaseId} that includes ${entityRef}`,
  );
}

function nonBlank(value: string | undefined, field: string) {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!trimmed) throw new InputError(`${field}: must not be blank`);
  return trimmed;
}

/**
 * The rules of a report beyond the shapes the spec checks: a component ref in its canonical form,
 * a configured environment, real timestamps, a finish time only for a finished deployment and never
 * before its start. Nothing here reads the database.
 */
export function normalizeDeploymentInput(
  input: DeploymentInput,
  environments: DeploymentEnvironment[],
): NormalizedDeployment {
  const entityRef = normalizeEntityRef(input.entityRef, 'entityRef', [
    'component',
  ]);
  if (!environments.some(e => e.name === input.environment)) {
    throw new InputError(
      `environment: "${
        input.environment
      }" is not configured; the environments are ${environments
        .map(e => e.name)
        .join(', ')} (releases.environments)`,
    );
  }
  const startedAt =
    input.startedAt === undefined
      ? undefined
      : parseTimestamp(input.startedAt, 'startedAt');
  const finishedAt =
    input.finishedAt === undefined
      ? undefined
      : parseTimestamp(input.finishedAt, 'finishedAt');
  if (finishedAt !== undefined && input.status === 'started') {
    throw new InputError(
      'finishedAt: only a finished deployment (succeeded, failed or rolled_back) has one',
    );
  }
  if (
    startedAt !== undefined &&
    finishedAt !== undefined &&
    finishedAt < startedAt
  ) {
    throw new InputError('finishedAt: must not be before startedAt');
  }
  return {
    entityRef,
    version: nonBlank(input.version, 'version')!,
    environment: input.environment,
    status: input.status,
    url: input.url,
    commit: nonBlank(input.commit, 'commit'),
    startedAt,
    finishedAt,
    releaseId: input.releaseId,
  };
}
