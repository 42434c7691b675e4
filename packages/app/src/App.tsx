import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { navModule } from './modules/nav';

// Every other plugin in packages/app/package.json, the Releases plugin included, is discovered
// through `app.packages: all` in app-config.yaml.
export default createApp({
  features: [catalogPlugin, navModule],
});
