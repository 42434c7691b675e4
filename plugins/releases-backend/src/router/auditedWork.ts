import type { AuditorService } from '@backstage/backend-plugin-api';

/**
 * Does the work inside one audit event: success when it returns, failure (with the error) when it
 * throws, which is rethrown. Shared by the HTTP routes and the registered actions, which differ only
 * in what they tell the auditor about the event.
 */
export async function auditedWork<T>(
  auditor: AuditorService,
  event: Parameters<AuditorService['createEvent']>[0],
  work: () => Promise<T>,
): Promise<T> {
  const audit = await auditor.createEvent(event);
  try {
    const result = await work();
    await audit.success();
    return result;
  } catch (error) {
    await audit.fail({ error: error as Error });
    throw error;
  }
}
