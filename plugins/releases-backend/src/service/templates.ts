import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  CHECK_KEY_PATTERN,
  CHECKLIST_CATEGORIES,
  type ChecklistCategory,
  type ChecklistTemplate,
  type ChecklistTemplateItem,
} from '@releasekit/plugin-releases-common';

const item = (
  category: ChecklistCategory,
  title: string,
  required = true,
): ChecklistTemplateItem => ({ title, category, required });

/** An automated item: results of `check` reported for the component settle it. */
const automated = (
  category: ChecklistCategory,
  title: string,
  check: string,
): ChecklistTemplateItem => ({ title, category, required: true, check });

/** The built-in template: the readiness checklist of a typical production release, covering all six functions. */
export const DEFAULT_TEMPLATE: ChecklistTemplate = {
  id: 'default',
  title: 'Standard release',
  description:
    'Planning, coordination, communication, validation, execution and follow-up for a production release.',
  releaseItems: [
    item('planning', 'Goals, scope and version agreed'),
    item('planning', 'Risks assessed and mitigations recorded'),
    item('planning', 'Release window confirmed with stakeholders'),
    item('communication', 'Stakeholders and support told of the window'),
    item('communication', 'Release notes drafted'),
    item('execution', 'Go/no-go decision recorded'),
    item('execution', 'Rollback plan reviewed'),
    item('follow_up', 'Post-release monitoring owner named'),
    item('follow_up', 'Retrospective scheduled', false),
  ],
  componentItems: [
    item(
      'coordination',
      'Dependencies and consumers checked for breaking changes',
    ),
    automated(
      'validation',
      'Automated tests pass on the release candidate',
      'ci.tests',
    ),
    item('validation', 'Deployed and verified in staging'),
    automated(
      'validation',
      'Security and compliance checks passed',
      'ci.security-scan',
    ),
    automated('coordination', 'Owner recorded in the catalog', 'catalog.owner'),
    automated(
      'communication',
      'Documentation or API definition published',
      'catalog.docs',
    ),
    item('validation', 'Database migrations reviewed and reversible', false),
    item('execution', 'Deployment runbook and rollback steps ready'),
    item('execution', 'Feature flags configured', false),
    item('communication', 'Changelog entry written', false),
    item('follow_up', 'Dashboards and alerts cover the change'),
  ],
};

function readItems(config: Config, key: string): ChecklistTemplateItem[] {
  return (config.getOptionalConfigArray(key) ?? []).map(itemConfig => {
    const category = itemConfig.getString('category');
    if (!CHECKLIST_CATEGORIES.includes(category as ChecklistCategory)) {
      throw new InputError(
        `releases.templates: category "${category}" is not one of ${CHECKLIST_CATEGORIES.join(
          ', ',
        )}`,
      );
    }
    const check = itemConfig.getOptionalString('check');
    if (check !== undefined && !CHECK_KEY_PATTERN.test(check)) {
      throw new InputError(
        `releases.templates: check "${check}" is not a check key (like ci.tests or tech-insights:docs)`,
      );
    }
    return {
      title: itemConfig.getString('title'),
      category: category as ChecklistCategory,
      required: itemConfig.getOptionalBoolean('required') ?? true,
      ...(check ? { check } : {}),
    };
  });
}

/** The templates from `releases.templates` in app-config, after the built-in default (which config may replace by id). */
export function readTemplates(config: Config): ChecklistTemplate[] {
  const configured = (
    config.getOptionalConfigArray('releases.templates') ?? []
  ).map(t => ({
    id: t.getString('id'),
    title: t.getString('title'),
    description: t.getOptionalString('description'),
    releaseItems: readItems(t, 'releaseItems'),
    componentItems: readItems(t, 'componentItems'),
  }));
  const ids = new Set(configured.map(t => t.id));
  return [
    ...(ids.has(DEFAULT_TEMPLATE.id) ? [] : [DEFAULT_TEMPLATE]),
    ...configured,
  ];
}
