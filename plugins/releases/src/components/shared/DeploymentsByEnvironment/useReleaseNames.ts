import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { releasesApiRef } from '../../../api';

/**
 * "Checkout 2.4.0" for each release id. A deployment names its release by id only; the few
 * releases of one component's environments are read one by one. A release the viewer may not
 * read (or that is gone) is left out, and said by its id.
 */
export function useReleaseNames(releaseIds: string[]): Map<string, string> {
  const api = useApi(releasesApiRef);
  const key = [...new Set(releaseIds)].sort().join(',');
  const { value } = useAsync(async () => {
    const ids = key ? key.split(',') : [];
    const named = await Promise.all(
      ids.map(id =>
        api.getRelease(id).then(
          release => [id, `${release.title} ${release.version}`] as const,
          () => undefined,
        ),
      ),
    );
    return new Map(named.filter(entry => entry !== undefined));
  }, [api, key]);
  return value ?? new Map();
}
