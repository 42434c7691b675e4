import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SidebarContent } from './Sidebar';
import { guestSignInPage } from './SignInPage';

export const navModule = createFrontendModule({
  pluginId: 'app',
  extensions: [SidebarContent, guestSignInPage],
});
