import type {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { NotAllowedError } from '@backstage/errors';
import type { ComponentCatalog } from '../catalog/ComponentCatalog';
import { normalizeEntityRef } from '../service/entityRefs';

/** What one pipeline (a service principal's subject) may report results for. */
export type ReporterScope =
  | { components: 'all' }
  | { owners: string[]; systems: string[] };

/**
 * Which pipelines may report check results, per token subject, from `releases.checks.reporters`:
 *
 * ```yaml
 * releases:
 *   checks:
 *     reporters:
 *       - subject: github-actions      # the external access token's subject
 *         components: all
 *       - subject: payments-ci
 *         owners: [group:default/payments]
 *         systems: [system:default/payments]
 * ```
 *
 * Backstage's permission framework lets a service principal through on its token's access
 * restrictions alone, so the plugin decides this itself: a subject not listed may report nothing.
 */
export class CheckReporters {
  private constructor(
    private readonly scopes: Map<string, ReporterScope>,
    private readonly catalog: ComponentCatalog,
    private readonly auth: AuthService,
  ) {}

  static fromConfig(
    config: Config,
    catalog: ComponentCatalog,
    auth: AuthService,
  ): CheckReporters {
    const entries = config.getOptionalConfigArray('releases.checks.reporters');
    const scopes = new Map<string, ReporterScope>();
    for (const entry of entries ?? []) {
      const subject = entry.getString('subject');
      const components = entry.getOptionalString('components');
      if (components !== undefined && components !== 'all') {
        throw new Error(
          `releases.checks.reporters: components of ${subject} must be "all" or left out for owners and systems`,
        );
      }
      const refs = (key: string, kinds: string[]) =>
        (entry.getOptionalStringArray(key) ?? []).map(ref =>
          normalizeEntityRef(ref, `releases.checks.reporters.${key}`, kinds),
        );
      scopes.set(
        subject,
        components === 'all'
          ? { components: 'all' }
          : {
              owners: refs('owners', ['group', 'user']),
              systems: refs('systems', ['system']),
            },
      );
    }
    return new CheckReporters(scopes, catalog, auth);
  }

  /**
   * Throws 403 unless the pipeline may report for every one of these components: check results, or
   * (`what`) deployments, which the same list governs.
   */
  async assertMayReport(
    credentials: BackstageCredentials,
    entityRefs: string[],
    what = 'check results',
  ): Promise<void> {
    const subject = (credentials.principal as { subject?: string }).subject;
    const scope = subject ? this.scopes.get(subject) : undefined;
    if (!scope) {
      throw new NotAllowedError(
        `${
          subject ?? 'This service'
        } may not report ${what}: list it under releases.checks.reporters`,
      );
    }
    if ('components' in scope) return;
    const facts = await this.catalog.describe(
      { components: [...new Set(entityRefs)], parties: [] },
      await this.auth.getOwnServiceCredentials(),
    );
    const outside = [...facts.values()].filter(
      c =>
        !(c.ownerRef && scope.owners.includes(c.ownerRef)) &&
        !(c.systemRef && scope.systems.includes(c.systemRef)),
    );
    if (outside.length) {
      throw new NotAllowedError(
        `${subject} may not report ${what} for ${outside
          .map(c => c.entityRef)
          .join(', ')}`,
      );
    }
  }
}
