import { useApiHolder } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { releaseSignalChannel } from '@releasekit/plugin-releases-common';
import { useEffect, useRef } from 'react';

/**
 * Calls `onSignal` whenever the backend says one of these releases changed (a tick, a check
 * result that settled an item, a deployment). useSignal follows one channel; this follows a
 * changing set of them. Without the signals plugin in the app it does nothing.
 */
export function useReleaseSignals(releaseIds: string[], onSignal: () => void) {
  const signals = useApiHolder().get(signalApiRef);
  const latest = useRef(onSignal);
  latest.current = onSignal;
  const key = [...new Set(releaseIds)].sort().join(',');
  useEffect(() => {
    if (!signals || !key) return undefined;
    const subscriptions = key
      .split(',')
      .map(id =>
        signals.subscribe(releaseSignalChannel(id), () => latest.current()),
      );
    return () => subscriptions.forEach(s => s.unsubscribe());
  }, [signals, key]);
}
