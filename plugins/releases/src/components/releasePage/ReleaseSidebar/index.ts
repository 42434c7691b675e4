export { ReleaseSidebar } from './ReleaseSidebar';
export type { ReleaseSidebarProps } from './ReleaseSidebar';
