import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  computeReadiness,
  releaseSignalChannel,
  type ChecklistItem,
  type Release,
} from '@releasekit/plugin-releases-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  releasesApiRef,
  serverErrorOf,
  type UpdateChecklistItemRequest,
} from '../../../api';

function withItem(release: Release, item: ChecklistItem): Release {
  const checklist = release.checklist.map(i => (i.id === item.id ? item : i));
  return {
    ...release,
    checklist,
    readiness: computeReadiness(release.components, checklist),
  };
}

export interface ReleaseState {
  release?: Release;
  loading: boolean;
  error?: Error;
  /** Items with a request in flight; they take no other change until it settles. */
  pendingItems: ReadonlySet<string>;
  /** Changes each time the release changed on the server, for views that load more about it. */
  version: number;
  /** Ticks or unticks an item at once and rolls back, with an alert, if the server refuses. */
  toggleDone(item: ChecklistItem): void;
  /** Saves an item change and resolves once the server took it; throws the server's refusal. */
  saveItem(
    item: ChecklistItem,
    request: UpdateChecklistItemRequest,
  ): Promise<void>;
  /** Takes a release the server returned, e.g. after an edit or a transition. */
  replace(release: Release): void;
}

/** The release as first loaded for the page, and while it loads or failed to. */
function useLoadedRelease(releaseId: string) {
  const api = useApi(releasesApiRef);
  const [release, setRelease] = useState<Release>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setError(undefined);
    api.getRelease(releaseId).then(
      value => {
        if (cancelled) return;
        setRelease(value);
        setLoading(false);
      },
      reason => {
        if (cancelled) return;
        setError(reason);
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, releaseId]);
  return { release, setRelease, loading, error };
}

/**
 * The release page's state. Item writes bump the release's revision on the server, so once no item
 * request is in flight the page quietly reloads the release: the revision an edit sends stays
 * current, and others' changes show up. Changes made elsewhere arrive as Backstage signals.
 */
export function useReleaseState(releaseId: string): ReleaseState {
  const api = useApi(releasesApiRef);
  const alertApi = useApi(alertApiRef);
  const { release, setRelease, loading, error } = useLoadedRelease(releaseId);
  const [pendingItems, setPendingItems] = useState<ReadonlySet<string>>(
    new Set(),
  );
  const [version, setVersion] = useState(0);
  // The state above renders; this ref decides, so a double click cannot send twice.
  const pending = useRef(new Set<string>());
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const refreshQuietly = useCallback(async () => {
    try {
      const fresh = await api.getRelease(releaseId);
      if (mounted.current && pending.current.size === 0) setRelease(fresh);
    } catch {
      // The page keeps what it shows; the next action will surface the problem.
    }
  }, [api, releaseId, setRelease]);

  // Someone else's change (a tick, a check result from a pipeline) reaches open pages as a signal.
  const { lastSignal } = useSignal(releaseSignalChannel(releaseId));
  useEffect(() => {
    if (lastSignal && pending.current.size === 0) {
      refreshQuietly().then(() => {
        if (mounted.current) setVersion(v => v + 1);
      });
    }
  }, [lastSignal, refreshQuietly]);

  const begin = (itemId: string): boolean => {
    if (pending.current.has(itemId)) return false;
    pending.current.add(itemId);
    setPendingItems(new Set(pending.current));
    return true;
  };
  const end = (itemId: string) => {
    pending.current.delete(itemId);
    if (!mounted.current) return;
    setPendingItems(new Set(pending.current));
    setVersion(v => v + 1);
    if (pending.current.size === 0) refreshQuietly();
  };

  const toggleDone = (item: ChecklistItem) => {
    if (!release || !begin(item.id)) return;
    const state = item.state === 'done' ? 'open' : 'done';
    setRelease(current => current && withItem(current, { ...item, state }));
    api
      .updateChecklistItem(release.id, item.id, { state })
      .then(
        saved => {
          if (mounted.current) {
            setRelease(current => current && withItem(current, saved));
          }
        },
        reason => {
          if (!mounted.current) return;
          setRelease(current => current && withItem(current, item));
          alertApi.post({
            message: `Could not mark "${item.title}" ${
              state === 'done' ? 'done' : 'open'
            }: ${serverErrorOf(reason).message}`,
            severity: 'error',
          });
        },
      )
      .finally(() => end(item.id));
  };

  const saveItem = async (
    item: ChecklistItem,
    request: UpdateChecklistItemRequest,
  ) => {
    if (!release || !begin(item.id)) return;
    try {
      const saved = await api.updateChecklistItem(release.id, item.id, request);
      if (mounted.current) {
        setRelease(current => current && withItem(current, saved));
      }
    } finally {
      end(item.id);
    }
  };

  const replace = (next: Release) => {
    setRelease(next);
    setVersion(v => v + 1);
  };

  return {
    release,
    loading,
    error,
    pendingItems,
    version,
    toggleDone,
    saveItem,
    replace,
  };
}
