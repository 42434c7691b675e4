export { EntityReleaseHealthCard } from './EntityReleaseHealthCard';
