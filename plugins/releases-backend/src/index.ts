/**
 * The Releases backend plugin for Backstage.
 *
 * @packageDocumentation
 */
export { releasesPlugin as default } from './plugin';
