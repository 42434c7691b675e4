import { ConfigReader } from '@backstage/config';
import { CHECKLIST_CATEGORIES } from '@releasekit/plugin-releases-common';
import { DEFAULT_TEMPLATE, readTemplates } from './templates';

describe('readTemplates', () => {
  it('offers the built-in default, which covers all six functions', () => {
    expect(readTemplates(new ConfigReader({}))).toEqual([DEFAULT_TEMPLATE]);
    const categories = new Set(
      [
        ...DEFAULT_TEMPLATE.releaseItems,
        ...DEFAULT_TEMPLATE.componentItems,
      ].map(i => i.category),
    );
    expect([...categories].sort()).toEqual([...CHECKLIST_CATEGORIES].sort());
  });

  it('adds templates from app-config, required by default, and lets one replace the default', () => {
    const templates = readTemplates(
      new ConfigReader({
        releases: {
          templates: [
            {
              id: 'hotfix',
              title: 'Hotfix',
              releaseItems: [
                { title: 'Incident linked', category: 'planning' },
              ],
              componentItems: [
                {
                  title: 'Smoke test',
                  category: 'validation',
                  required: false,
                },
              ],
            },
          ],
        },
      }),
    );
    expect(templates.map(t => t.id)).toEqual(['default', 'hotfix']);
    expect(templates[1]).toEqual({
      id: 'hotfix',
      title: 'Hotfix',
      description: undefined,
      releaseItems: [
        { title: 'Incident linked', category: 'planning', required: true },
      ],
      componentItems: [
        { title: 'Smoke test', category: 'validation', required: false },
      ],
    });

    const replaced = readTemplates(
      new ConfigReader({
        releases: { templates: [{ id: 'default', title: 'Ours' }] },
      }),
    );
    expect(replaced.map(t => t.title)).toEqual(['Ours']);
  });

  it('refuses an unknown category, naming it', () => {
    expect(() =>
      readTemplates(
        new ConfigReader({
          releases: {
            templates: [
              {
                id: 't',
                title: 'T',
                releaseItems: [{ title: 'x', category: 'chores' }],
              },
            ],
          },
        }),
      ),
    ).toThrow(/chores/);
  });
});
