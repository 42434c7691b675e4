// The README's legacy-frontend steps, applied to a fresh `create-app --legacy` portal by
// scripts/fresh-portal.sh: the /releases route, a sidebar item, the Releases tab on component and
// system pages and the entity cards. Each edit anchors on the template's text and fails loudly when
// the template changed, so that a stale README step is noticed rather than skipped.
//   node scripts/fresh-portal-legacy.mjs <app directory>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const app = process.argv[2];
if (!app) {
  console.error('usage: fresh-portal-legacy.mjs <app directory>');
  process.exit(2);
}
const src = join(app, 'packages/app/src');

function edit(file, edits) {
  const path = join(src, file);
  let text = readFileSync(path, 'utf8');
  for (const [anchor, replace, count = 1] of edits) {
    const found = text.split(anchor).length - 1;
    if (found !== count) {
      throw new Error(
        `${file}: expected ${count} × ${JSON.stringify(
          anchor,
        )}, found ${found}`,
      );
    }
    text = text.split(anchor).join(replace(anchor));
  }
  writeFileSync(path, text);
  console.log(`edited packages/app/src/${file}`);
}

const tab = `    <EntityLayout.Route path="/releases" title="Releases">
      <EntityReleasesContent />
    </EntityLayout.Route>
`;

edit('App.tsx', [
  [
    "import { Root } from './components/Root';",
    a => `${a}\nimport { ReleasesPage } from '@releasekit/plugin-releases';`,
  ],
  [
    '  </FlatRoutes>',
    a => `    <Route path="/releases" element={<ReleasesPage />} />\n${a}`,
  ],
]);

edit('components/Root/Root.tsx', [
  [
    "import MenuIcon from '@material-ui/icons/Menu';",
    a => `${a}\nimport ReleasesIcon from '@material-ui/icons/NewReleases';`,
  ],
  [
    '<SidebarItem icon={CreateComponentIcon} to="create" text="Create..." />',
    a =>
      `${a}\n        <SidebarItem icon={ReleasesIcon} to="releases" text="Releases" />`,
  ],
]);

edit('components/catalog/EntityPage.tsx', [
  [
    "import { EntityTechdocsContent } from '@backstage/plugin-techdocs';",
    a => `${a}
import {
  EntityDeploymentsCard,
  EntityReleaseHealthCard,
  EntityReleasesContent,
  EntityUpcomingReleaseCard,
  isDeployableEntity,
  isReleasableEntity,
} from '@releasekit/plugin-releases';`,
  ],
  // overviewContent is the overview of every component page (service, website, other types) and of
  // the default page that other kinds fall back to, hence the filters.
  [
    `    <Grid item md={8} xs={12}>
      <EntityHasSubcomponentsCard />
    </Grid>
`,
    a => `${a}
    <EntitySwitch>
      <EntitySwitch.Case if={isReleasableEntity}>
        <Grid item md={6} xs={12}>
          <EntityUpcomingReleaseCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityReleaseHealthCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
    <EntitySwitch>
      <EntitySwitch.Case if={isDeployableEntity}>
        <Grid item md={6} xs={12}>
          <EntityDeploymentsCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
`,
  ],
  // The Releases tab: service and website pages, and the default page, which other kinds share.
  [
    `    <EntityLayout.Route path="/docs" title="Docs">
      {techdocsContent}
    </EntityLayout.Route>
  </EntityLayout>`,
    a =>
      a.replace(
        '  </EntityLayout>',
        tab.replace(
          'title="Releases">',
          'title="Releases" if={isReleasableEntity}>',
        ) + '  </EntityLayout>',
      ),
    3,
  ],
  // The system page: its own overview, so its own cards, and the tab.
  [
    `        <Grid item md={6}>
          <EntityHasResourcesCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
    <EntityLayout.Route path="/diagram" title="Diagram">`,
    a =>
      a.replace(
        '      </Grid>\n    </EntityLayout.Route>',
        `        <Grid item md={6} xs={12}>
          <EntityUpcomingReleaseCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityReleaseHealthCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
${tab.trimEnd()}`,
      ),
  ],
]);
