/**
 * A Releases backend module: automated checklist items settled by the catalog.
 *
 * @packageDocumentation
 */
export { releasesModuleCatalogChecks as default } from './module';
export { CatalogCheckProvider } from './CatalogCheckProvider';
export {
  BLOCKED_LIFECYCLES,
  CATALOG_CHECKS,
  type CatalogCheck,
} from './catalogRules';
