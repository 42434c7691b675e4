export {
  ReleaseSearchResultListItem,
  type ReleaseSearchResultListItemProps,
} from './ReleaseSearchResultListItem';
