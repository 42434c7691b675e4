import type { LoggerService } from '@backstage/backend-plugin-api';
import type { SignalsService } from '@backstage/plugin-signals-node';
import { releaseSignalChannel } from '@releasekit/plugin-releases-common';

/**
 * Tells open release pages that their release changed, through Backstage's signals, so that they
 * reload it (with the viewer's own permissions) instead of polling. The message carries only the id:
 * it is broadcast, so it must say nothing a viewer may not read.
 */
export class ReleaseSignals {
  constructor(
    private readonly signals: SignalsService,
    private readonly logger: LoggerService,
  ) {}

  async changed(releaseIds: Iterable<string>): Promise<void> {
    for (const releaseId of new Set(releaseIds)) {
      try {
        await this.signals.publish({
          recipients: { type: 'broadcast' },
          channel: releaseSignalChannel(releaseId),
          message: { releaseId },
        });
      } catch (error) {
        // A page that misses a signal reloads on the viewer's next action; the write stands.
        this.logger.warn(
          `Could not signal the change of release ${releaseId}: ${error}`,
        );
      }
    }
  }
}
